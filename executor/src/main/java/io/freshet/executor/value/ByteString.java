package io.freshet.executor.value;

import java.util.Arrays;

/** Immutable byte string, the value of SQL type BYTEA; ordered by unsigned bytes. */
public final class ByteString implements Comparable<ByteString> {
    public static final ByteString EMPTY = new ByteString(new byte[0]);

    private final byte[] bytes;

    private ByteString(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Copies {@code bytes}. */
    public static ByteString copyOf(byte[] bytes) {
        return new ByteString(bytes.clone());
    }

    /** Takes ownership of {@code bytes}: the caller must not change them afterwards. */
    public static ByteString wrap(byte[] bytes) {
        return new ByteString(bytes);
    }

    public int length() {
        return bytes.length;
    }

    public byte byteAt(int i) {
        return bytes[i];
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** The bytes themselves; callers must not change them. */
    public byte[] unsafeBytes() {
        return bytes;
    }

    @Override
    public int compareTo(ByteString o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteString && Arrays.equals(bytes, ((ByteString) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Hex form like PostgreSQL's {@code \x0a0b}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(2 + bytes.length * 2).append("\\x");
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return b.toString();
    }
}
