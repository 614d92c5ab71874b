package io.freshet.storage.keys;

import static io.freshet.storage.keys.KeyFormat.DECIMAL_NAN;
import static io.freshet.storage.keys.KeyFormat.DECIMAL_NEGATIVE;
import static io.freshet.storage.keys.KeyFormat.DECIMAL_NEGATIVE_INFINITY;
import static io.freshet.storage.keys.KeyFormat.DECIMAL_POSITIVE;
import static io.freshet.storage.keys.KeyFormat.DECIMAL_POSITIVE_INFINITY;
import static io.freshet.storage.keys.KeyFormat.DECIMAL_ZERO;
import static io.freshet.storage.keys.KeyFormat.DIGITS_END;
import static io.freshet.storage.keys.KeyFormat.ESCAPED_ZERO;
import static io.freshet.storage.keys.KeyFormat.EXPONENT_ZERO;
import static io.freshet.storage.keys.KeyFormat.NULL_FIRST;
import static io.freshet.storage.keys.KeyFormat.NULL_LAST;
import static io.freshet.storage.keys.KeyFormat.STRING_END;
import static io.freshet.storage.keys.KeyFormat.VALUE;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builder of memcomparable keys: appends typed, nullable fields, each with its own
 * {@link SortOrder}, to a growable buffer so that unsigned lexicographic comparison of two keys
 * equals the tuple comparison of their fields.
 *
 * <p><b>Contract.</b> For two tuples written with the same sequence of field types and orders:
 * the unsigned lexicographic order of the encodings equals the lexicographic order of the tuples,
 * each field compared in its direction with NULL placed as its order says; equal encodings mean
 * equal tuples; and every field is self-delimiting, so a tuple's encoding is never a prefix of a
 * different tuple's encoding with the same field count, and the encoding of the first k fields is
 * exactly the common prefix of all tuples that share those k values (prefix scans work).
 *
 * <p><b>Layout.</b> Each field starts with a marker byte: {@code 0x01} for a value, {@code 0x00}
 * for NULL under a nulls-first order, {@code 0x02} for NULL under a nulls-last order; NULL has no
 * body. A value's body is written in its ascending form below and, for a descending order, every
 * body byte is then inverted (bitwise NOT). Inversion reverses the order because every body is
 * self-delimiting (no body is a proper prefix of another of the same type).
 * <ul>
 *   <li>boolean: one byte, 0 or 1.</li>
 *   <li>short, int, long: big-endian two's complement with the sign bit flipped (2, 4, 8 bytes).</li>
 *   <li>float, double: IEEE bits big-endian; non-negative values get the sign bit flipped,
 *       negative values are inverted. {@code -0.0} is written as {@code 0.0} and every NaN as the
 *       canonical NaN, which sorts above {@code +Infinity} (PostgreSQL's order).</li>
 *   <li>string, bytes: the UTF-8 (or raw) bytes with every {@code 0x00} written as
 *       {@code 0x00 0xFF}, then the terminator {@code 0x00 0x01}. Strings therefore sort by UTF-8
 *       bytes, which is code-point order (PostgreSQL's "C" collation).</li>
 *   <li>decimal: a class byte ({@code 0x01} -Infinity, {@code 0x02} negative, {@code 0x03} zero,
 *       {@code 0x04} positive, {@code 0x05} +Infinity, {@code 0x06} NaN). A finite non-zero value
 *       is {@code 0.d1d2...dk * 10^E} with trailing zeros removed (so 1.0 and 1.00 are one key);
 *       after the class byte come E (a header byte {@code 0x80 + n} followed by the n big-endian
 *       bytes of E >= 0, or {@code 0x7F - n} followed by the n low bytes of a negative E, n being
 *       the byte count of {@code ~E}) and the digits in base-100 pairs (each pair p written as
 *       {@code p + 1}, an odd count padded with a 0 digit) ended by {@code 0x00}. For a negative
 *       number the exponent and digit bytes are inverted, so larger magnitudes sort lower.</li>
 * </ul>
 *
 * <p>Writers of reference types ({@link #writeString}, {@link #writeBytes}, {@link #writeDecimal})
 * write NULL when given {@code null}. A writer is not thread-safe; reuse it with {@link #reset()}.
 * Decode keys with {@link KeyReader}.
 */
public final class KeyWriter {
    private static final int DEFAULT_CAPACITY = 64;

    private byte[] buffer;
    private int length;

    /** A writer with a small initial buffer. */
    public KeyWriter() {
        this(DEFAULT_CAPACITY);
    }

    /** A writer whose buffer starts with room for {@code initialCapacity} bytes. */
    public KeyWriter(int initialCapacity) {
        buffer = new byte[Math.max(8, initialCapacity)];
    }

    /** Forgets every field written so far, keeping the buffer for reuse. */
    public KeyWriter reset() {
        length = 0;
        return this;
    }

    /** Number of bytes written so far. */
    public int length() {
        return length;
    }

    /** A copy of the bytes written so far: the key. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, length);
    }

    /**
     * Appends bytes that already are encoded fields (for instance a key prefix built by another
     * writer), unchanged.
     */
    public KeyWriter writeEncoded(byte[] encodedFields) {
        return writeEncoded(encodedFields, 0, encodedFields.length);
    }

    /** Appends {@code count} bytes of already encoded fields starting at {@code offset}. */
    public KeyWriter writeEncoded(byte[] encodedFields, int offset, int count) {
        ensureRoom(count);
        System.arraycopy(encodedFields, offset, buffer, length, count);
        length += count;
        return this;
    }

    /** Appends a NULL field, placed first or last as {@code order} says. */
    public KeyWriter writeNull(SortOrder order) {
        ensureRoom(1);
        buffer[length++] = order.nullsFirst() ? NULL_FIRST : NULL_LAST;
        return this;
    }

    /** Appends a boolean field; {@code false < true}. */
    public KeyWriter writeBoolean(boolean value, SortOrder order) {
        int bodyStart = beginValue(1);
        buffer[length++] = (byte) (value ? 1 : 0);
        return endValue(bodyStart, order);
    }

    /** Appends a 16-bit integer field in numeric order. */
    public KeyWriter writeShort(short value, SortOrder order) {
        int bodyStart = beginValue(Short.BYTES);
        putBigEndian(value ^ 0x8000, Short.BYTES);
        return endValue(bodyStart, order);
    }

    /** Appends a 32-bit integer field in numeric order. */
    public KeyWriter writeInt(int value, SortOrder order) {
        int bodyStart = beginValue(Integer.BYTES);
        putBigEndian(value ^ Integer.MIN_VALUE, Integer.BYTES);
        return endValue(bodyStart, order);
    }

    /** Appends a 64-bit integer field in numeric order. */
    public KeyWriter writeLong(long value, SortOrder order) {
        int bodyStart = beginValue(Long.BYTES);
        putBigEndian(value ^ Long.MIN_VALUE, Long.BYTES);
        return endValue(bodyStart, order);
    }

    /**
     * Appends a 32-bit float field: numeric order, {@code -0.0} equal to {@code 0.0}, every NaN
     * equal to every other and above {@code +Infinity}.
     */
    public KeyWriter writeFloat(float value, SortOrder order) {
        int bits = Float.floatToIntBits(value == 0.0f ? 0.0f : value);
        bits = bits < 0 ? ~bits : bits ^ Integer.MIN_VALUE;
        int bodyStart = beginValue(Integer.BYTES);
        putBigEndian(bits, Integer.BYTES);
        return endValue(bodyStart, order);
    }

    /**
     * Appends a 64-bit float field: numeric order, {@code -0.0} equal to {@code 0.0}, every NaN
     * equal to every other and above {@code +Infinity}.
     */
    public KeyWriter writeDouble(double value, SortOrder order) {
        long bits = Double.doubleToLongBits(value == 0.0d ? 0.0d : value);
        bits = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
        int bodyStart = beginValue(Long.BYTES);
        putBigEndian(bits, Long.BYTES);
        return endValue(bodyStart, order);
    }

    /**
     * Appends a finite decimal field in numeric order; values equal by {@code compareTo} (such as
     * 1.0 and 1.00) get the same encoding. {@code null} writes NULL.
     */
    public KeyWriter writeDecimal(BigDecimal value, SortOrder order) {
        if (value == null) {
            return writeNull(order);
        }
        int signum = value.signum();
        if (signum == 0) {
            return writeDecimalClass(DECIMAL_ZERO, order);
        }
        String allDigits = value.unscaledValue().abs().toString();
        int digitCount = allDigits.length();
        while (allDigits.charAt(digitCount - 1) == '0') {
            digitCount--;
        }
        long exponent = (long) allDigits.length() - value.scale();

        int bodyStart = beginValue(1 + 1 + KeyFormat.EXPONENT_MAX_BYTES + digitCount / 2 + 2);
        buffer[length++] = (byte) (signum > 0 ? DECIMAL_POSITIVE : DECIMAL_NEGATIVE);
        int magnitudeStart = length;
        putDecimalExponent(exponent);
        for (int i = 0; i < digitCount; i += 2) {
            int high = allDigits.charAt(i) - '0';
            int low = i + 1 < digitCount ? allDigits.charAt(i + 1) - '0' : 0;
            buffer[length++] = (byte) (high * 10 + low + 1);
        }
        buffer[length++] = (byte) DIGITS_END;
        if (signum < 0) {
            invert(magnitudeStart, length);
        }
        return endValue(bodyStart, order);
    }

    /** Appends a decimal NaN field, which sorts above every other decimal, +Infinity included. */
    public KeyWriter writeDecimalNaN(SortOrder order) {
        return writeDecimalClass(DECIMAL_NAN, order);
    }

    /** Appends a decimal infinity field: +Infinity above every finite value, -Infinity below. */
    public KeyWriter writeDecimalInfinity(boolean positive, SortOrder order) {
        return writeDecimalClass(positive ? DECIMAL_POSITIVE_INFINITY : DECIMAL_NEGATIVE_INFINITY, order);
    }

    /**
     * Appends a string field ordered by its UTF-8 bytes (code-point order); any string is allowed,
     * including the empty string and strings containing {@code \u0000}. An unpaired surrogate is
     * written as {@code '?'}, as {@link String#getBytes(java.nio.charset.Charset)} does.
     * {@code null} writes NULL.
     */
    public KeyWriter writeString(String value, SortOrder order) {
        if (value == null) {
            return writeNull(order);
        }
        int charCount = value.length();
        int bodyStart = beginValue(charCount + 2);
        for (int i = 0; i < charCount; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                putEscaped(value.substring(i).getBytes(StandardCharsets.UTF_8));
                break;
            }
            if (c == 0) {
                ensureRoom(charCount - i + 3);
                buffer[length++] = 0;
                buffer[length++] = (byte) ESCAPED_ZERO;
            } else {
                buffer[length++] = (byte) c;
            }
        }
        putStringEnd();
        return endValue(bodyStart, order);
    }

    /** Appends a byte string field in unsigned lexicographic order. {@code null} writes NULL. */
    public KeyWriter writeBytes(byte[] value, SortOrder order) {
        if (value == null) {
            return writeNull(order);
        }
        int bodyStart = beginValue(value.length + 2);
        putEscaped(value);
        putStringEnd();
        return endValue(bodyStart, order);
    }

    private KeyWriter writeDecimalClass(int decimalClass, SortOrder order) {
        int bodyStart = beginValue(1);
        buffer[length++] = (byte) decimalClass;
        return endValue(bodyStart, order);
    }

    /** Writes the value marker, makes room for {@code bodyBytes} more, returns where the body starts. */
    private int beginValue(int bodyBytes) {
        ensureRoom(1 + bodyBytes);
        buffer[length++] = VALUE;
        return length;
    }

    private KeyWriter endValue(int bodyStart, SortOrder order) {
        if (order.descending()) {
            invert(bodyStart, length);
        }
        return this;
    }

    private void putBigEndian(long value, int byteCount) {
        for (int shift = (byteCount - 1) * 8; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
    }

    private void putDecimalExponent(long exponent) {
        if (exponent >= 0) {
            int byteCount = byteCount(exponent);
            buffer[length++] = (byte) (EXPONENT_ZERO + byteCount);
            putBigEndian(exponent, byteCount);
        } else {
            int byteCount = byteCount(~exponent);
            buffer[length++] = (byte) (EXPONENT_ZERO - 1 - byteCount);
            putBigEndian(exponent, byteCount);
        }
    }

    /** Bytes needed for a non-negative value: 0 for 0, up to 8. */
    private static int byteCount(long nonNegative) {
        return (Long.SIZE - Long.numberOfLeadingZeros(nonNegative) + 7) / 8;
    }

    private void putEscaped(byte[] bytes) {
        ensureRoom(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                ensureRoom(bytes.length - i + 1);
                buffer[length++] = 0;
                buffer[length++] = (byte) ESCAPED_ZERO;
            } else {
                buffer[length++] = b;
            }
        }
    }

    private void putStringEnd() {
        ensureRoom(2);
        buffer[length++] = 0;
        buffer[length++] = (byte) STRING_END;
    }

    private void invert(int from, int to) {
        for (int i = from; i < to; i++) {
            buffer[i] = (byte) ~buffer[i];
        }
    }

    private void ensureRoom(int extra) {
        int needed = length + extra;
        if (needed > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
        }
    }
}
