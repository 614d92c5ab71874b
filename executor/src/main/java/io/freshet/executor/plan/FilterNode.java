package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.expr.Expr;
import java.util.List;

/** Keeps the rows for which a condition is TRUE (not FALSE, not NULL). Linear, stateless. */
public final class FilterNode extends PlanNode {
    private final Expr condition;

    @JsonCreator
    public FilterNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("condition") Expr condition) {
        super(inputs, inputs.get(0).schema());
        this.condition = condition;
    }

    public FilterNode(PlanNode input, Expr condition) {
        this(List.of(input), condition);
    }

    @JsonProperty
    public Expr condition() {
        return condition;
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new FilterNode(newInputs, condition);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitFilter(this);
    }

    @Override
    public String describe() {
        return "Filter(" + condition + ")";
    }
}
