package io.freshet.executor.expr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * Three-valued OR: TRUE if any operand is TRUE, else NULL if any is NULL, else FALSE.
 * Evaluates operands left to right and stops at the first TRUE.
 */
public final class Or extends Expr {
    private final List<Expr> operands;

    @JsonCreator
    public Or(@JsonProperty("operands") List<Expr> operands) {
        this.operands = List.copyOf(operands);
    }

    @JsonProperty
    public List<Expr> operands() {
        return operands;
    }

    @Override
    public DataType type() {
        return DataType.BOOLEAN;
    }

    @Override
    public Object eval(RowView row, EvalContext ctx) {
        boolean sawNull = false;
        for (Expr e : operands) {
            Object v = e.eval(row, ctx);
            if (v == null) {
                sawNull = true;
            } else if ((Boolean) v) {
                return Boolean.TRUE;
            }
        }
        return sawNull ? null : Boolean.FALSE;
    }

    @Override
    public boolean isDeterministic() {
        return operands.stream().allMatch(Expr::isDeterministic);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitOr(this);
    }

    @Override
    public String toString() {
        return "OR" + operands;
    }
}
