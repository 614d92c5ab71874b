package io.freshet.executor.expr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.type.DataType;
import java.util.List;

/** COALESCE: the first non-NULL operand, evaluating no further; NULL if all are NULL. */
public final class Coalesce extends Expr {
    private final List<Expr> operands;
    private final DataType type;

    @JsonCreator
    public Coalesce(@JsonProperty("operands") List<Expr> operands, @JsonProperty("type") DataType type) {
        this.operands = List.copyOf(operands);
        this.type = type;
    }

    @JsonProperty
    public List<Expr> operands() {
        return operands;
    }

    @JsonProperty
    @Override
    public DataType type() {
        return type;
    }

    @Override
    public Object eval(RowView row, EvalContext ctx) {
        for (Expr e : operands) {
            Object v = e.eval(row, ctx);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @Override
    public boolean isDeterministic() {
        return operands.stream().allMatch(Expr::isDeterministic);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCoalesce(this);
    }

    @Override
    public String toString() {
        return "COALESCE" + operands;
    }
}
