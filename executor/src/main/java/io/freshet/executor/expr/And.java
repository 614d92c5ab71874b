package io.freshet.executor.expr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * Three-valued AND: FALSE if any operand is FALSE, else NULL if any is NULL, else TRUE.
 * Evaluates operands left to right and stops at the first FALSE.
 */
public final class And extends Expr {
    private final List<Expr> operands;

    @JsonCreator
    public And(@JsonProperty("operands") List<Expr> operands) {
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
            } else if (!(Boolean) v) {
                return Boolean.FALSE;
            }
        }
        return sawNull ? null : Boolean.TRUE;
    }

    @Override
    public boolean isDeterministic() {
        return operands.stream().allMatch(Expr::isDeterministic);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitAnd(this);
    }

    @Override
    public String toString() {
        return "AND" + operands;
    }
}
