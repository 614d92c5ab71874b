package io.freshet.server.pgwire;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.server.pgwire.types.BinaryValueCodec;
import io.freshet.server.pgwire.types.StrictUtf8;
import io.freshet.server.pgwire.types.TextValueCodec;
import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * Decoder of a Bind message's parameter values into executor values, each by its format code
 * and the statement's type for it. A parameter of unknown type ({@code null} or
 * {@link DataType#NULL}) stays text in either format, since its bytes are text either way.
 */
final class ParameterDecoder {
    private ParameterDecoder() {
    }

    /**
     * Decodes every parameter of {@code bind} for a statement with these parameter types.
     *
     * @throws ProtocolErrorException if counts of values, types and formats disagree or a
     *     format code is not 0 or 1
     * @throws FreshetException if a value is not valid input for its type ({@code 22P02} text,
     *     {@code 22P03} binary)
     */
    static Object[] decode(FrontendMessage.Bind bind, List<DataType> types, String statementName, EvalContext ctx) {
        List<ByteBuf> values = bind.parameterValues();
        if (values.size() != types.size()) {
            throw ProtocolErrorException.protocolViolation("bind message supplies " + values.size()
                    + " parameters, but prepared statement \"" + statementName + "\" requires " + types.size());
        }
        int[] formats = bind.parameterFormats();
        if (formats.length > 1 && formats.length != values.size()) {
            throw ProtocolErrorException.protocolViolation("bind message has " + formats.length
                    + " parameter formats but " + values.size() + " parameters");
        }
        Object[] decoded = new Object[values.size()];
        for (int i = 0; i < decoded.length; i++) {
            int format = bind.parameterFormat(i);
            if (format != RowEncoder.TEXT && format != RowEncoder.BINARY) {
                throw ProtocolErrorException.unsupportedFormatCode(format);
            }
            ByteBuf value = values.get(i);
            if (value != null) {
                decoded[i] = decodeOne(value.duplicate(), format, types.get(i), i + 1, ctx);
            }
        }
        return decoded;
    }

    private static Object decodeOne(ByteBuf value, int format, DataType type, int number, EvalContext ctx) {
        boolean unknown = type == null || type.kind() == TypeKind.NULL;
        if (format == RowEncoder.TEXT || unknown) {
            return unknown ? StrictUtf8.decode(value) : TextValueCodec.decode(value, type, ctx);
        }
        try {
            return BinaryValueCodec.decode(value, type, ctx);
        } catch (FreshetException e) {
            if (e.sqlState() == SqlState.INVALID_BINARY_REPRESENTATION) {
                throw new FreshetException(SqlState.INVALID_BINARY_REPRESENTATION,
                        "incorrect binary data format in bind parameter " + number, e.getMessage(), null, 0, e);
            }
            throw e;
        }
    }
}
