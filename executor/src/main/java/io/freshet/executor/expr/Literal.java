package io.freshet.executor.expr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.Column;
import io.freshet.executor.chunk.ObjectColumn;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.codec.ValueCodec;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.ValueText;
import java.util.Base64;

/**
 * Constant value. In JSON the value is the base64 of its exact binary encoding, so a persisted
 * plan reproduces it bit for bit (floating point included).
 */
public final class Literal extends Expr {
    private final Object value;
    private final DataType type;

    public Literal(Object value, DataType type) {
        this.value = value;
        this.type = type;
    }

    /** The SQL NULL of a type. */
    public static Literal nullOf(DataType type) {
        return new Literal(null, type);
    }

    @JsonCreator
    static Literal fromJson(@JsonProperty("type") DataType type, @JsonProperty("bytes") String bytes) {
        return new Literal(ValueCodec.decode(type, Base64.getDecoder().decode(bytes)), type);
    }

    @JsonProperty("bytes")
    String bytesForJson() {
        return Base64.getEncoder().encodeToString(ValueCodec.encode(type, value));
    }

    public Object value() {
        return value;
    }

    @JsonProperty
    @Override
    public DataType type() {
        return type;
    }

    public boolean isNull() {
        return value == null;
    }

    @Override
    public Object eval(RowView row, EvalContext ctx) {
        return value;
    }

    @Override
    public Column evalColumn(Chunk chunk, EvalContext ctx) {
        return ObjectColumn.constant(value, chunk.size());
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitLiteral(this);
    }

    @Override
    public String toString() {
        if (value == null) {
            return "null:" + type;
        }
        String text = ValueText.format(value, type, EvalContext.UTC);
        return type.kind().isNumeric() || type.kind() == io.freshet.executor.type.TypeKind.BOOLEAN
                ? text : "'" + text.replace("'", "''") + "':" + type;
    }
}
