package io.freshet.server.pgwire;

import io.freshet.server.pgwire.types.StrictUtf8;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * The payloads of the frontend messages that carry fields, read from a {@link FrontendFrame}
 * (Sync, Flush and Terminate have none). Each record's {@code read} documents the layout and
 * reports any mismatch (too short, too long, a string without terminator) as an 08P01
 * "invalid message format" {@link ProtocolErrorException}. Byte arrays of Bind are slices of
 * the frame's payload, valid until the frame is released.
 */
sealed interface FrontendMessage {

    /** {@code 'Q'}: {@code String sql}: a simple query of any number of statements. */
    record Query(String sql) implements FrontendMessage {
        static Query read(ByteBuf in) {
            return finish(in, () -> new Query(readCString(in)));
        }
    }

    /**
     * {@code 'P'}: {@code String statementName, String sql, int16 count, int32 typeOid...}:
     * prepare {@code sql} as the named (or, for "", the unnamed) statement; OID 0 leaves a
     * parameter's type to the server.
     */
    record Parse(String statementName, String sql, int[] parameterTypeOids) implements FrontendMessage {
        static Parse read(ByteBuf in) {
            return finish(in, () -> {
                String name = readCString(in);
                String sql = readCString(in);
                int[] oids = new int[in.readUnsignedShort()];
                for (int i = 0; i < oids.length; i++) {
                    oids[i] = in.readInt();
                }
                return new Parse(name, sql, oids);
            });
        }
    }

    /**
     * {@code 'B'}: {@code String portalName, String statementName, int16 formatCount, int16
     * format..., int16 valueCount, (int32 length (-1 for NULL), bytes)..., int16
     * resultFormatCount, int16 resultFormat...}: bind a statement's parameters into a portal.
     * A format list of length 0 means all text, of length 1 applies to all.
     *
     * @param parameterValues one slice per parameter, {@code null} for NULL
     */
    record Bind(String portalName, String statementName, int[] parameterFormats, List<ByteBuf> parameterValues,
            int[] resultFormats) implements FrontendMessage {
        static Bind read(ByteBuf in) {
            return finish(in, () -> {
                String portal = readCString(in);
                String statement = readCString(in);
                int[] formats = readShorts(in);
                int count = in.readUnsignedShort();
                List<ByteBuf> values = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    int length = in.readInt();
                    if (length < -1) {
                        throw ProtocolErrorException.protocolViolation("invalid length " + length + " of bind parameter " + (i + 1));
                    }
                    values.add(length == -1 ? null : in.readSlice(length));
                }
                return new Bind(portal, statement, formats, values, readShorts(in));
            });
        }

        /** Format code of parameter {@code index}, from the 0, 1 or n codes sent. */
        int parameterFormat(int index) {
            return formatAt(parameterFormats, index);
        }
    }

    /** {@code 'D'}: {@code byte 'S'|'P', String name}: describe a statement or a portal. */
    record Describe(char kind, String name) implements FrontendMessage {
        static Describe read(ByteBuf in) {
            return finish(in, () -> new Describe((char) in.readByte(), readCString(in)));
        }
    }

    /** {@code 'E'}: {@code String portalName, int32 maxRows (0 for no limit)}: run a portal. */
    record Execute(String portalName, int maxRows) implements FrontendMessage {
        static Execute read(ByteBuf in) {
            return finish(in, () -> new Execute(readCString(in), in.readInt()));
        }
    }

    /** {@code 'C'}: {@code byte 'S'|'P', String name}: close a statement or a portal. */
    record Close(char kind, String name) implements FrontendMessage {
        static Close read(ByteBuf in) {
            return finish(in, () -> new Close((char) in.readByte(), readCString(in)));
        }
    }

    /** Format code at {@code index} of a list of 0 (all text), 1 (all the same) or n codes. */
    static int formatAt(int[] formats, int index) {
        if (formats.length == 0) {
            return 0;
        }
        return formats.length == 1 ? formats[0] : formats[index];
    }

    /** Reads a message with {@code reader} and checks that it used exactly the payload. */
    private static <T> T finish(ByteBuf in, java.util.function.Supplier<T> reader) {
        T message;
        try {
            message = reader.get();
        } catch (IndexOutOfBoundsException e) {
            throw ProtocolErrorException.protocolViolation("invalid message format");
        }
        if (in.isReadable()) {
            throw ProtocolErrorException.protocolViolation("invalid message format");
        }
        return message;
    }

    private static int[] readShorts(ByteBuf in) {
        int[] values = new int[in.readUnsignedShort()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readShort();
        }
        return values;
    }

    /** Reads a NUL-terminated UTF-8 string. */
    private static String readCString(ByteBuf in) {
        int end = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) 0);
        if (end < 0) {
            throw ProtocolErrorException.protocolViolation("invalid string in message");
        }
        String text = StrictUtf8.decode(in.slice(in.readerIndex(), end - in.readerIndex()));
        in.readerIndex(end + 1);
        return text;
    }
}
