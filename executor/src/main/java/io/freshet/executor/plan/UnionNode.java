package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.Field;
import java.util.List;

/** UNION ALL: every row of every input. Linear, stateless. (UNION is this plus a DISTINCT.) */
public final class UnionNode extends PlanNode {
    @JsonCreator
    public UnionNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("schema") List<Field> schema) {
        super(inputs, schema);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new UnionNode(newInputs, schema());
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitUnion(this);
    }

    @Override
    public String describe() {
        return "Union(all)";
    }
}
