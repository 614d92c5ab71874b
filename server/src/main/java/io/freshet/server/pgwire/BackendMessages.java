package io.freshet.server.pgwire;

import io.freshet.server.pgwire.types.PgType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.List;

/**
 * Encoder of backend messages into a connection's {@link ChannelOutput}: one {@code sendX}
 * method per message, each documenting its bytes. Every message is {@code byte type, int32
 * length (itself included, the type not), payload}; strings are UTF-8 and NUL-terminated
 * ("String" below); integers are big-endian. Messages are batched: nothing reaches the client
 * before {@link ChannelOutput#flush()}, except that errors and notices flush at once, as in
 * PostgreSQL.
 */
final class BackendMessages {
    private final ChannelOutput output;
    private int messageStart;

    BackendMessages(ChannelOutput output) {
        this.output = output;
    }

    /** The output these messages go to. */
    ChannelOutput output() {
        return output;
    }

    /** {@code 'R' int32 8, int32 0}: authentication succeeded (trust). */
    void sendAuthenticationOk() {
        ByteBuf out = begin('R');
        out.writeInt(0);
        end(out);
    }

    /** {@code 'S' int32 len, String name, String value}: a run-time parameter's current value. */
    void sendParameterStatus(String name, String value) {
        ByteBuf out = begin('S');
        writeCString(out, name);
        writeCString(out, value);
        end(out);
    }

    /** {@code 'K' int32 12, int32 processId, int32 secretKey}: what a CancelRequest must present. */
    void sendBackendKeyData(int processId, int secretKey) {
        ByteBuf out = begin('K');
        out.writeInt(processId);
        out.writeInt(secretKey);
        end(out);
    }

    /**
     * {@code 'v' int32 len, int32 newest minor version supported, int32 count, String
     * option...}: the server speaks an older minor version than asked for and ignores these
     * protocol options.
     */
    void sendNegotiateProtocolVersion(int newestMinorVersion, List<String> unrecognizedOptions) {
        ByteBuf out = begin('v');
        out.writeInt(newestMinorVersion);
        out.writeInt(unrecognizedOptions.size());
        for (String option : unrecognizedOptions) {
            writeCString(out, option);
        }
        end(out);
    }

    /** {@code 'Z' int32 5, byte status}: ready for a new query; status 'I' idle, 'T' in transaction, 'E' failed transaction. */
    void sendReadyForQuery(char transactionStatus) {
        ByteBuf out = begin('Z');
        out.writeByte(transactionStatus);
        end(out);
    }

    /**
     * {@code 'T' int32 len, int16 fieldCount}, then per field: {@code String name, int32 table
     * OID (0 if none), int16 column number (0 if none), int32 type OID, int16 typlen, int32
     * typmod, int16 format code (0 text, 1 binary)}.
     */
    void sendRowDescription(List<ResultColumn> columns, RowEncoder encoder) {
        ByteBuf out = begin('T');
        out.writeShort(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn column = columns.get(i);
            writeCString(out, column.name());
            out.writeInt(column.tableOid());
            out.writeShort(column.columnNumber());
            out.writeInt(PgType.oidOf(column.type()));
            out.writeShort(PgType.typlenOf(column.type()));
            out.writeInt(PgType.typmodOf(column.type()));
            out.writeShort(encoder == null ? 0 : encoder.formatCode(i));
        }
        end(out);
    }

    /**
     * {@code 'D' int32 len, int16 columnCount}, then per column {@code int32 length (-1 for
     * NULL), bytes} in the column's format. If a value cannot be encoded, nothing of the row
     * is sent and the exception propagates.
     */
    void sendDataRow(Object[] row, RowEncoder encoder) {
        ByteBuf out = output.buffer();
        int start = out.writerIndex();
        try {
            out.writeByte('D');
            out.writeInt(0);
            encoder.encodeValues(row, out);
        } catch (RuntimeException e) {
            out.writerIndex(start);
            throw e;
        }
        out.setInt(start + 1, out.writerIndex() - start - 1);
        output.messageWritten();
    }

    /** {@code 'C' int32 len, String tag}: a statement finished, e.g. {@code SELECT 3}, {@code INSERT 0 1}. */
    void sendCommandComplete(String tag) {
        ByteBuf out = begin('C');
        writeCString(out, tag);
        end(out);
    }

    /** {@code 'I' int32 4}: the query string (or the prepared statement) was empty. */
    void sendEmptyQueryResponse() {
        end(begin('I'));
    }

    /**
     * {@code 'E' int32 len}, then fields {@code byte code, String value} ending with a zero
     * byte: {@code S} severity (localized), {@code V} severity (never localized), {@code C}
     * SQLSTATE, {@code M} message, and if present {@code D} detail, {@code H} hint, {@code P}
     * 1-based position in the statement as decimal text. Flushed at once.
     */
    void sendErrorResponse(PgError error) {
        ByteBuf out = begin('E');
        writeField(out, 'S', error.severity());
        writeField(out, 'V', error.severity());
        writeField(out, 'C', error.code());
        writeField(out, 'M', error.message());
        writeField(out, 'D', error.detail());
        writeField(out, 'H', error.hint());
        if (error.position() > 0) {
            writeField(out, 'P', Integer.toString(error.position()));
        }
        out.writeByte(0);
        end(out);
        output.flush();
    }

    /** {@code 'N' int32 len}, then fields as in ErrorResponse ({@code S V C M D H}): a notice. Flushed at once. */
    void sendNoticeResponse(Notice notice) {
        ByteBuf out = begin('N');
        writeField(out, 'S', notice.severity().name());
        writeField(out, 'V', notice.severity().name());
        writeField(out, 'C', notice.sqlState().code());
        writeField(out, 'M', notice.message());
        writeField(out, 'D', notice.detail());
        writeField(out, 'H', notice.hint());
        out.writeByte(0);
        end(out);
        output.flush();
    }

    /** {@code '1' int32 4}: Parse done. */
    void sendParseComplete() {
        end(begin('1'));
    }

    /** {@code '2' int32 4}: Bind done. */
    void sendBindComplete() {
        end(begin('2'));
    }

    /** {@code '3' int32 4}: Close done (also for a statement or portal that did not exist). */
    void sendCloseComplete() {
        end(begin('3'));
    }

    /** {@code 'n' int32 4}: the described statement or portal returns no rows. */
    void sendNoData() {
        end(begin('n'));
    }

    /** {@code 't' int32 len, int16 count, int32 type OID...}: the parameter types of a statement. */
    void sendParameterDescription(List<Integer> typeOids) {
        ByteBuf out = begin('t');
        out.writeShort(typeOids.size());
        for (int oid : typeOids) {
            out.writeInt(oid);
        }
        end(out);
    }

    /** {@code 's' int32 4}: Execute stopped at its row limit; the portal can be executed again. */
    void sendPortalSuspended() {
        end(begin('s'));
    }

    /** Starts a message: its type and a length to back-fill. */
    private ByteBuf begin(char type) {
        ByteBuf out = output.buffer();
        messageStart = out.writerIndex();
        out.writeByte(type);
        out.writeInt(0);
        return out;
    }

    /** Back-fills the length of the message {@link #begin} started. */
    private void end(ByteBuf out) {
        out.setInt(messageStart + 1, out.writerIndex() - messageStart - 1);
        output.messageWritten();
    }

    private static void writeField(ByteBuf out, char code, String value) {
        if (value != null) {
            out.writeByte(code);
            writeCString(out, value);
        }
    }

    private static void writeCString(ByteBuf out, String value) {
        ByteBufUtil.writeUtf8(out, value.indexOf('\0') < 0 ? value : value.replace('\0', ' '));
        out.writeByte(0);
    }
}
