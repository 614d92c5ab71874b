package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Spec of one operator in a plan tree: its inputs, its output schema, and its parameters.
 * Immutable; serializes to JSON with a {@code node} discriminator.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "node")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ScanNode.class, name = "scan"),
    @JsonSubTypes.Type(value = ValuesNode.class, name = "values"),
    @JsonSubTypes.Type(value = GenerateSeriesNode.class, name = "generate_series"),
    @JsonSubTypes.Type(value = FilterNode.class, name = "filter"),
    @JsonSubTypes.Type(value = TimeWindowNode.class, name = "time_window"),
    @JsonSubTypes.Type(value = ProjectNode.class, name = "project"),
    @JsonSubTypes.Type(value = UnionNode.class, name = "union"),
    @JsonSubTypes.Type(value = AggregateNode.class, name = "aggregate"),
    @JsonSubTypes.Type(value = JoinNode.class, name = "join"),
    @JsonSubTypes.Type(value = SortNode.class, name = "sort"),
    @JsonSubTypes.Type(value = TopNNode.class, name = "topn"),
    @JsonSubTypes.Type(value = WindowNode.class, name = "window"),
    @JsonSubTypes.Type(value = MaterializeNode.class, name = "materialize"),
})
public abstract class PlanNode {
    private final List<PlanNode> inputs;
    private final List<Field> schema;

    protected PlanNode(List<PlanNode> inputs, List<Field> schema) {
        this.inputs = List.copyOf(inputs);
        this.schema = List.copyOf(schema);
    }

    /** Input plans, in order. */
    @JsonProperty
    public List<PlanNode> inputs() {
        return inputs;
    }

    /** The single input of a one-input node. */
    @JsonIgnore
    public PlanNode input() {
        return inputs.get(0);
    }

    /** Names and types of the output fields. */
    @JsonProperty
    public List<Field> schema() {
        return schema;
    }

    @JsonIgnore
    public List<DataType> types() {
        List<DataType> t = new ArrayList<>(schema.size());
        for (Field f : schema) {
            t.add(f.type());
        }
        return t;
    }

    @JsonIgnore
    public int width() {
        return schema.size();
    }

    /** This node with other inputs (same kind and parameters). */
    public abstract PlanNode withInputs(List<PlanNode> newInputs);

    public abstract <R> R accept(PlanVisitor<R> visitor);

    /** One-line description for EXPLAIN, without inputs: {@code Filter(condition=...)}. */
    public abstract String describe();
}
