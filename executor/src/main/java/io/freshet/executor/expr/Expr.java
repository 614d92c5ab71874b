package io.freshet.executor.expr;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkRow;
import io.freshet.executor.chunk.Column;
import io.freshet.executor.chunk.ObjectColumn;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.type.DataType;

/**
 * Scalar expression: computes one value of {@link #type()} from a row.
 *
 * <p>Subclasses implement {@link #eval(RowView, EvalContext)}; {@link #evalColumn} evaluates a
 * whole chunk and may be overridden with a faster loop. Expressions are immutable and may be
 * shared between threads.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "expr")
@JsonSubTypes({
    @JsonSubTypes.Type(value = InputRef.class, name = "input"),
    @JsonSubTypes.Type(value = Literal.class, name = "literal"),
    @JsonSubTypes.Type(value = Param.class, name = "param"),
    @JsonSubTypes.Type(value = Call.class, name = "call"),
    @JsonSubTypes.Type(value = And.class, name = "and"),
    @JsonSubTypes.Type(value = Or.class, name = "or"),
    @JsonSubTypes.Type(value = Case.class, name = "case"),
    @JsonSubTypes.Type(value = Coalesce.class, name = "coalesce"),
    @JsonSubTypes.Type(value = FieldAccess.class, name = "field"),
})
public abstract class Expr {
    /** Type of the values this expression returns. */
    public abstract DataType type();

    /** Value for one row; {@code null} is SQL NULL. */
    public abstract Object eval(RowView row, EvalContext ctx);

    /** Values for every row of a chunk, in row order. */
    public Column evalColumn(Chunk chunk, EvalContext ctx) {
        int n = chunk.size();
        Object[] out = new Object[n];
        ChunkRow row = chunk.rowView();
        for (int i = 0; i < n; i++) {
            out[i] = eval(row.at(i), ctx);
        }
        return new ObjectColumn(out, n);
    }

    public abstract <R> R accept(ExprVisitor<R> visitor);

    /** Whether the value can differ between two evaluations over the same row (random(), now()). */
    public boolean isDeterministic() {
        return true;
    }
}
