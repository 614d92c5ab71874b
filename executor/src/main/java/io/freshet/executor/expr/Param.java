package io.freshet.executor.expr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.type.DataType;

/** Parameter {@code $(index + 1)} of a prepared statement, read from the {@link EvalContext}. */
public final class Param extends Expr {
    private final int index;
    private final DataType type;

    @JsonCreator
    public Param(@JsonProperty("index") int index, @JsonProperty("type") DataType type) {
        this.index = index;
        this.type = type;
    }

    @JsonProperty
    public int index() {
        return index;
    }

    @JsonProperty
    @Override
    public DataType type() {
        return type;
    }

    @Override
    public Object eval(RowView row, EvalContext ctx) {
        return ctx.parameter(index);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitParam(this);
    }

    @Override
    public String toString() {
        return "param" + (index + 1);
    }
}
