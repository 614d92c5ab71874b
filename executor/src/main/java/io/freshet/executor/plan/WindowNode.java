package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.Field;
import java.util.List;

/**
 * Window functions over partitions (OVER (PARTITION BY ... ORDER BY ...)): the input fields
 * followed by one field per {@link WindowCall}, all calls sharing one partitioning and order.
 * Batch plans only for now.
 */
public final class WindowNode extends PlanNode {
    private final List<Integer> partitionKeys;
    private final List<SortKey> order;
    private final List<WindowCall> calls;

    @JsonCreator
    public WindowNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("schema") List<Field> schema,
            @JsonProperty("partitionKeys") List<Integer> partitionKeys, @JsonProperty("order") List<SortKey> order,
            @JsonProperty("calls") List<WindowCall> calls) {
        super(inputs, schema);
        this.partitionKeys = List.copyOf(partitionKeys);
        this.order = List.copyOf(order);
        this.calls = List.copyOf(calls);
    }

    @JsonProperty
    public List<Integer> partitionKeys() {
        return partitionKeys;
    }

    @JsonProperty
    public List<SortKey> order() {
        return order;
    }

    @JsonProperty
    public List<WindowCall> calls() {
        return calls;
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new WindowNode(newInputs, schema(), partitionKeys, order, calls);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitWindow(this);
    }

    @Override
    public String describe() {
        return "Window(partition=" + partitionKeys + ", order=" + order + ", calls=" + calls + ")";
    }
}
