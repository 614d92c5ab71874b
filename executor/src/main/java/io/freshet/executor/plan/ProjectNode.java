package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.type.Field;
import java.util.List;

/** Computes one output field per expression from each input row. Linear, stateless. */
public final class ProjectNode extends PlanNode {
    private final List<Expr> exprs;

    @JsonCreator
    public ProjectNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("schema") List<Field> schema,
            @JsonProperty("exprs") List<Expr> exprs) {
        super(inputs, schema);
        this.exprs = List.copyOf(exprs);
        if (exprs.size() != schema.size()) {
            throw new IllegalArgumentException("a projection needs one name per expression");
        }
    }

    public ProjectNode(PlanNode input, List<Field> schema, List<Expr> exprs) {
        this(List.of(input), schema, exprs);
    }

    @JsonProperty
    public List<Expr> exprs() {
        return exprs;
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new ProjectNode(newInputs, schema(), exprs);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitProject(this);
    }

    @Override
    public String describe() {
        return "Project(" + exprs + ")";
    }
}
