package io.freshet.server.pgwire;

import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import io.freshet.server.pgwire.types.BinaryValueCodec;
import io.freshet.server.pgwire.types.TextValueCodec;
import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * Encoder of a portal's result rows into DataRow values, each column in the format the
 * client asked for in Bind (text for simple queries): fixed once per portal so encoding a row
 * is a loop without decisions.
 */
final class RowEncoder {
    static final int TEXT = 0;
    static final int BINARY = 1;

    private final DataType[] types;
    private final boolean[] binary;
    private final EvalContext context;

    private RowEncoder(DataType[] types, boolean[] binary, EvalContext context) {
        this.types = types;
        this.binary = binary;
        this.context = context;
    }

    /** All columns in text, as the simple query protocol sends them. */
    static RowEncoder text(List<ResultColumn> columns, EvalContext context) {
        return create(columns, new int[0], context);
    }

    /**
     * Columns in the formats of a Bind message: no code (all text), one code for all, or one
     * per column.
     *
     * @throws ProtocolErrorException if the number of codes fits neither or a code is not 0 or 1
     */
    static RowEncoder create(List<ResultColumn> columns, int[] formatCodes, EvalContext context) {
        int n = columns.size();
        if (formatCodes.length > 1 && formatCodes.length != n) {
            throw ProtocolErrorException.protocolViolation("bind message has " + formatCodes.length
                    + " result formats but query has " + n + " columns");
        }
        DataType[] types = new DataType[n];
        boolean[] binary = new boolean[n];
        for (int i = 0; i < n; i++) {
            types[i] = columns.get(i).type();
            int code = formatCodes.length == 0 ? TEXT : FrontendMessage.formatAt(formatCodes, i);
            if (code != TEXT && code != BINARY) {
                throw ProtocolErrorException.unsupportedFormatCode(code);
            }
            binary[i] = code == BINARY;
        }
        return new RowEncoder(types, binary, context);
    }

    /** Format code of column {@code index} for RowDescription. */
    int formatCode(int index) {
        return binary[index] ? BINARY : TEXT;
    }

    /** Writes {@code int16 count} and each value as {@code int32 length, bytes} (-1 for NULL). */
    void encodeValues(Object[] row, ByteBuf out) {
        if (row.length != types.length) {
            throw new IllegalStateException("row has " + row.length + " values for " + types.length + " columns");
        }
        out.writeShort(row.length);
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value == null) {
                out.writeInt(-1);
                continue;
            }
            int lengthIndex = out.writerIndex();
            out.writeInt(0);
            if (binary[i]) {
                BinaryValueCodec.encode(value, types[i], context, out);
            } else {
                TextValueCodec.encode(value, types[i], context, out);
            }
            out.setInt(lengthIndex, out.writerIndex() - lengthIndex - 4);
        }
    }
}
