package io.freshet.executor.expr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.StructValue;

/** Field {@link #index()} of a STRUCT-valued expression ({@code (s).name}); NULL if the struct is. */
public final class FieldAccess extends Expr {
    private final Expr struct;
    private final int index;

    @JsonCreator
    public FieldAccess(@JsonProperty("struct") Expr struct, @JsonProperty("index") int index) {
        this.struct = struct;
        this.index = index;
    }

    @JsonProperty
    public Expr struct() {
        return struct;
    }

    @JsonProperty
    public int index() {
        return index;
    }

    @Override
    public DataType type() {
        return struct.type().fields().get(index).type();
    }

    @Override
    public Object eval(RowView row, EvalContext ctx) {
        Object s = struct.eval(row, ctx);
        return s == null ? null : ((StructValue) s).get(index);
    }

    @Override
    public boolean isDeterministic() {
        return struct.isDeterministic();
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitFieldAccess(this);
    }

    @Override
    public String toString() {
        return "(" + struct + ")." + struct.type().fields().get(index).name();
    }
}
