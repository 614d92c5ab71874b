package io.freshet.executor.expr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.Column;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.type.DataType;

/** Reference to field {@link #index()} of the input row. */
public final class InputRef extends Expr {
    private final int index;
    private final DataType type;

    @JsonCreator
    public InputRef(@JsonProperty("index") int index, @JsonProperty("type") DataType type) {
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
        return row.get(index);
    }

    @Override
    public Column evalColumn(Chunk chunk, EvalContext ctx) {
        return chunk.column(index);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitInputRef(this);
    }

    @Override
    public String toString() {
        return "$" + index;
    }
}
