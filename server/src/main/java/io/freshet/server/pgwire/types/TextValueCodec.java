package io.freshet.server.pgwire.types;

import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ValueText;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * The text format of values on the wire (format code 0): PostgreSQL's output and input text
 * as {@link ValueText} produces and reads it, in UTF-8. Values of unknown type (a parameter
 * whose type nobody gave) stay text.
 */
public final class TextValueCodec {
    private TextValueCodec() {
    }

    /** Appends the UTF-8 text of a non-null value; returns the number of bytes written. */
    public static int encode(Object value, DataType type, EvalContext ctx, ByteBuf out) {
        String text = type == null || type.kind() == TypeKind.NULL
                ? value.toString()
                : ValueText.format(value, type, ctx);
        return ByteBufUtil.writeUtf8(out, text);
    }

    /**
     * Reads a value from all readable bytes of {@code in}; a {@code null} or
     * {@link DataType#NULL} type gives the text itself.
     *
     * @throws io.freshet.executor.error.FreshetException for malformed UTF-8 or text that is not
     *     valid input for {@code type}
     */
    public static Object decode(ByteBuf in, DataType type, EvalContext ctx) {
        String text = StrictUtf8.decode(in);
        if (type == null || type.kind() == TypeKind.NULL) {
            return text;
        }
        return ValueText.parse(text, type, ctx);
    }
}
