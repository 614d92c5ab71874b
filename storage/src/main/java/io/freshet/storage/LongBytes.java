package io.freshet.storage;

/** Big-endian 8-byte form of the longs the engine stores in meta values and keys. */
final class LongBytes {
    private LongBytes() {
    }

    /** The 8 big-endian bytes of {@code value}. */
    static byte[] encode(long value) {
        byte[] bytes = new byte[Long.BYTES];
        for (int i = 0; i < Long.BYTES; i++) {
            bytes[i] = (byte) (value >>> (56 - 8 * i));
        }
        return bytes;
    }

    /** The long held in the 8 big-endian bytes of {@code bytes} from {@code offset}. */
    static long decode(byte[] bytes, int offset) {
        if (bytes.length - offset != Long.BYTES) {
            throw new IllegalStateException("expected 8 bytes, found " + (bytes.length - offset));
        }
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }
}
