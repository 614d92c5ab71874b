package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.Field;
import java.util.List;

/**
 * GROUP BY: one output row per group of equal key values (group key fields first, then one
 * field per {@link AggCall}). Without group keys it is a global aggregate, which has exactly
 * one row even over empty input, as SQL says. Stateful: its groups live in the state table
 * {@link #stateTableId()}, keyed by the group key.
 */
public final class AggregateNode extends PlanNode {
    private final List<Integer> groupKeys;
    private final List<AggCall> calls;
    private final int stateTableId;

    @JsonCreator
    public AggregateNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("schema") List<Field> schema,
            @JsonProperty("groupKeys") List<Integer> groupKeys, @JsonProperty("calls") List<AggCall> calls,
            @JsonProperty("stateTableId") int stateTableId) {
        super(inputs, schema);
        this.groupKeys = List.copyOf(groupKeys);
        this.calls = List.copyOf(calls);
        this.stateTableId = stateTableId;
    }

    public AggregateNode(PlanNode input, List<Field> schema, List<Integer> groupKeys, List<AggCall> calls) {
        this(List.of(input), schema, groupKeys, calls, 0);
    }

    @JsonProperty
    public List<Integer> groupKeys() {
        return groupKeys;
    }

    @JsonProperty
    public List<AggCall> calls() {
        return calls;
    }

    @JsonProperty
    public int stateTableId() {
        return stateTableId;
    }

    public boolean isGlobal() {
        return groupKeys.isEmpty();
    }

    public AggregateNode withStateTables(int groupTableId, List<AggCall> newCalls) {
        return new AggregateNode(inputs(), schema(), groupKeys, newCalls, groupTableId);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new AggregateNode(newInputs, schema(), groupKeys, calls, stateTableId);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitAggregate(this);
    }

    @Override
    public String describe() {
        return "Aggregate(group=" + groupKeys + ", calls=" + calls + ")";
    }
}
