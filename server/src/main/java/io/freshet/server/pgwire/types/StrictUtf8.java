package io.freshet.server.pgwire.types;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decoder of the UTF-8 text clients send (SQL, names, text-format values) that refuses
 * malformed bytes, as PostgreSQL does with {@code client_encoding} UTF8, instead of silently
 * replacing them.
 */
public final class StrictUtf8 {
    private static final ThreadLocal<CharsetDecoder> DECODER = ThreadLocal.withInitial(() ->
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));

    private StrictUtf8() {
    }

    /** Decodes all readable bytes of {@code in} (without moving its reader index). */
    public static String decode(ByteBuf in) {
        int length = in.readableBytes();
        if (length == 0) {
            return "";
        }
        if (isAscii(in, length)) {
            return in.toString(StandardCharsets.US_ASCII);
        }
        ByteBuffer bytes = in.nioBufferCount() == 1 ? in.nioBuffer() : ByteBuffer.wrap(readCopy(in));
        try {
            return DECODER.get().reset().decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new FreshetException(SqlState.UNTRANSLATABLE_CHARACTER,
                    "invalid byte sequence for encoding \"UTF8\"");
        }
    }

    private static boolean isAscii(ByteBuf in, int length) {
        int start = in.readerIndex();
        for (int i = 0; i < length; i++) {
            if (in.getByte(start + i) < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readCopy(ByteBuf in) {
        byte[] copy = new byte[in.readableBytes()];
        in.getBytes(in.readerIndex(), copy);
        return copy;
    }
}
