package io.freshet.storage.keys;

import static io.freshet.storage.keys.KeyFormat.DECIMAL_NAN;
import static io.freshet.storage.keys.KeyFormat.DECIMAL_NEGATIVE;
import static io.freshet.storage.keys.KeyFormat.DECIMAL_NEGATIVE_INFINITY;
import static io.freshet.storage.keys.KeyFormat.DECIMAL_POSITIVE;
import static io.freshet.storage.keys.KeyFormat.DECIMAL_POSITIVE_INFINITY;
import static io.freshet.storage.keys.KeyFormat.DECIMAL_ZERO;
import static io.freshet.storage.keys.KeyFormat.DIGITS_END;
import static io.freshet.storage.keys.KeyFormat.ESCAPED_ZERO;
import static io.freshet.storage.keys.KeyFormat.EXPONENT_MAX_BYTES;
import static io.freshet.storage.keys.KeyFormat.EXPONENT_ZERO;
import static io.freshet.storage.keys.KeyFormat.NULL_FIRST;
import static io.freshet.storage.keys.KeyFormat.NULL_LAST;
import static io.freshet.storage.keys.KeyFormat.STRING_END;
import static io.freshet.storage.keys.KeyFormat.VALUE;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cursor that decodes the fields of a key written by {@link KeyWriter}, in order, with the same
 * types and {@link SortOrder}s they were written with.
 *
 * <p><b>NULL.</b> Every field may be NULL. Before reading a nullable field call
 * {@link #tryReadNull(SortOrder)}: it consumes the field and returns {@code true} when it is NULL,
 * and consumes nothing otherwise. The value readers ({@code readInt}, {@code readString}, ...)
 * throw {@link IllegalStateException} on a NULL field.
 *
 * <p><b>Decimals.</b> {@link #peekDecimalKind(SortOrder)} tells a finite decimal, read with
 * {@link #readDecimal(SortOrder)}, from NaN and the infinities, read with
 * {@link #readNonFiniteDecimal(SortOrder)}. Finite decimals come back with trailing zeros removed
 * (1.00 decodes as 1).
 *
 * <p><b>Floats.</b> {@code -0.0} decodes as {@code 0.0} and any NaN as the canonical NaN.
 *
 * <p>Bytes that are not a valid encoding raise {@link IllegalArgumentException}. A reader is not
 * thread-safe; reuse it with {@link #reset(byte[])}.
 */
public final class KeyReader {
    private static final byte[] EMPTY = new byte[0];

    private byte[] key = EMPTY;
    private int position;
    private int limit;
    private byte[] scratch = new byte[32];

    /** A reader positioned at the first field of {@code key}. */
    public KeyReader(byte[] key) {
        reset(key);
    }

    /** A reader over {@code length} bytes of {@code key} starting at {@code offset}. */
    public KeyReader(byte[] key, int offset, int length) {
        reset(key, offset, length);
    }

    /** Restarts this reader at the first field of {@code key}. */
    public KeyReader reset(byte[] key) {
        return reset(key, 0, key.length);
    }

    /** Restarts this reader over {@code length} bytes of {@code key} starting at {@code offset}. */
    public KeyReader reset(byte[] key, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > key.length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + " in " + key.length);
        }
        this.key = key;
        this.position = offset;
        this.limit = offset + length;
        return this;
    }

    /** Index in the key array of the next unread byte. */
    public int position() {
        return position;
    }

    /** Whether fields remain to be read. */
    public boolean hasRemaining() {
        return position < limit;
    }

    /** Whether the next field is NULL, without consuming it. */
    public boolean isNextNull() {
        require(1);
        byte marker = key[position];
        return marker == NULL_FIRST || marker == NULL_LAST;
    }

    /**
     * Consumes the next field and returns {@code true} if it is NULL; returns {@code false} and
     * consumes nothing if it holds a value.
     *
     * @throws IllegalArgumentException if the field is a NULL written with the other null placement
     */
    public boolean tryReadNull(SortOrder order) {
        require(1);
        byte marker = key[position];
        if (marker == VALUE) {
            return false;
        }
        byte expected = order.nullsFirst() ? NULL_FIRST : NULL_LAST;
        if (marker != expected) {
            throw malformed("field marker " + (marker & 0xFF) + " does not match " + order);
        }
        position++;
        return true;
    }

    /** Reads a boolean field. */
    public boolean readBoolean(SortOrder order) {
        int flip = beginValue(order, 1);
        int b = next(flip);
        if (b > 1) {
            throw malformed("boolean byte " + b);
        }
        return b == 1;
    }

    /** Reads a 16-bit integer field. */
    public short readShort(SortOrder order) {
        int flip = beginValue(order, Short.BYTES);
        return (short) (readBigEndian(flip, Short.BYTES) ^ 0x8000);
    }

    /** Reads a 32-bit integer field. */
    public int readInt(SortOrder order) {
        int flip = beginValue(order, Integer.BYTES);
        return (int) readBigEndian(flip, Integer.BYTES) ^ Integer.MIN_VALUE;
    }

    /** Reads a 64-bit integer field. */
    public long readLong(SortOrder order) {
        int flip = beginValue(order, Long.BYTES);
        return readBigEndian(flip, Long.BYTES) ^ Long.MIN_VALUE;
    }

    /** Reads a 32-bit float field. */
    public float readFloat(SortOrder order) {
        int flip = beginValue(order, Integer.BYTES);
        int bits = (int) readBigEndian(flip, Integer.BYTES);
        bits = bits < 0 ? bits ^ Integer.MIN_VALUE : ~bits;
        return Float.intBitsToFloat(bits);
    }

    /** Reads a 64-bit float field. */
    public double readDouble(SortOrder order) {
        int flip = beginValue(order, Long.BYTES);
        long bits = readBigEndian(flip, Long.BYTES);
        bits = bits < 0 ? bits ^ Long.MIN_VALUE : ~bits;
        return Double.longBitsToDouble(bits);
    }

    /** Tells which kind of decimal the next (non-null) field holds, without consuming it. */
    public DecimalKind peekDecimalKind(SortOrder order) {
        int start = position;
        int flip = beginValue(order, 1);
        int decimalClass = next(flip);
        position = start;
        switch (decimalClass) {
            case DECIMAL_NEGATIVE_INFINITY:
                return DecimalKind.NEGATIVE_INFINITY;
            case DECIMAL_NEGATIVE:
            case DECIMAL_ZERO:
            case DECIMAL_POSITIVE:
                return DecimalKind.FINITE;
            case DECIMAL_POSITIVE_INFINITY:
                return DecimalKind.POSITIVE_INFINITY;
            case DECIMAL_NAN:
                return DecimalKind.NAN;
            default:
                throw malformed("decimal class " + decimalClass);
        }
    }

    /**
     * Reads a finite decimal field, with trailing zeros removed.
     *
     * @throws IllegalStateException if the field is NaN or an infinity (see {@link #peekDecimalKind})
     */
    public BigDecimal readDecimal(SortOrder order) {
        DecimalKind kind = peekDecimalKind(order);
        if (kind != DecimalKind.FINITE) {
            throw new IllegalStateException("decimal field is " + kind + ", not finite");
        }
        int flip = beginValue(order, 1);
        int decimalClass = next(flip);
        if (decimalClass == DECIMAL_ZERO) {
            return BigDecimal.ZERO;
        }
        boolean negative = decimalClass == DECIMAL_NEGATIVE;
        int magnitudeFlip = negative ? flip ^ 0xFF : flip;
        long exponent = readDecimalExponent(magnitudeFlip);

        StringBuilder digits = new StringBuilder();
        while (true) {
            require(1);
            int b = next(magnitudeFlip);
            if (b == DIGITS_END) {
                break;
            }
            if (b > 100) {
                throw malformed("decimal digit pair byte " + b);
            }
            digits.append((char) ('0' + (b - 1) / 10)).append((char) ('0' + (b - 1) % 10));
        }
        if (digits.length() == 0) {
            throw malformed("decimal without digits");
        }
        if (digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        long scale = digits.length() - exponent;
        if (scale > Integer.MAX_VALUE) {
            throw malformed("decimal scale " + scale);
        }
        if (scale < Integer.MIN_VALUE) {
            unscaled = unscaled.multiply(BigInteger.TEN.pow(Math.toIntExact(Integer.MIN_VALUE - scale)));
            scale = Integer.MIN_VALUE;
        }
        return new BigDecimal(negative ? unscaled.negate() : unscaled, (int) scale);
    }

    /**
     * Reads a decimal field that is NaN or an infinity and returns which.
     *
     * @throws IllegalStateException if the field is a finite decimal
     */
    public DecimalKind readNonFiniteDecimal(SortOrder order) {
        DecimalKind kind = peekDecimalKind(order);
        if (kind == DecimalKind.FINITE) {
            throw new IllegalStateException("decimal field is finite; use readDecimal");
        }
        beginValue(order, 1);
        position++;
        return kind;
    }

    /** Reads a string field. */
    public String readString(SortOrder order) {
        int count = readEscaped(order);
        return new String(scratch, 0, count, StandardCharsets.UTF_8);
    }

    /** Reads a byte string field into a new array. */
    public byte[] readBytes(SortOrder order) {
        int count = readEscaped(order);
        return Arrays.copyOf(scratch, count);
    }

    /** Unescapes a string body into {@link #scratch}; returns its length. */
    private int readEscaped(SortOrder order) {
        int flip = beginValue(order, 2);
        int count = 0;
        while (true) {
            require(1);
            int b = next(flip);
            if (b == 0) {
                require(1);
                int escape = next(flip);
                if (escape == STRING_END) {
                    return count;
                }
                if (escape != ESCAPED_ZERO) {
                    throw malformed("byte " + escape + " after 0x00 in a string");
                }
            }
            if (count == scratch.length) {
                scratch = Arrays.copyOf(scratch, count * 2);
            }
            scratch[count++] = (byte) b;
        }
    }

    private long readDecimalExponent(int flip) {
        require(1);
        int header = next(flip);
        if (header >= EXPONENT_ZERO && header <= EXPONENT_ZERO + EXPONENT_MAX_BYTES) {
            int byteCount = header - EXPONENT_ZERO;
            require(byteCount);
            long exponent = readBigEndian(flip, byteCount);
            if (exponent < 0) {
                throw malformed("decimal exponent overflow");
            }
            return exponent;
        }
        if (header < EXPONENT_ZERO && header >= EXPONENT_ZERO - 1 - EXPONENT_MAX_BYTES) {
            int byteCount = EXPONENT_ZERO - 1 - header;
            require(byteCount);
            long exponent = -1L;
            for (int i = 0; i < byteCount; i++) {
                exponent = (exponent << 8) | next(flip);
            }
            return exponent;
        }
        throw malformed("decimal exponent header " + header);
    }

    /**
     * Consumes the value marker of the next field, checks that {@code bodyBytes} follow, and
     * returns the mask that turns body bytes back into their ascending form.
     */
    private int beginValue(SortOrder order, int bodyBytes) {
        require(1);
        byte marker = key[position];
        if (marker != VALUE) {
            if (marker == NULL_FIRST || marker == NULL_LAST) {
                throw new IllegalStateException("field is NULL; test it with tryReadNull first");
            }
            throw malformed("field marker " + (marker & 0xFF));
        }
        position++;
        require(bodyBytes);
        return order.descending() ? 0xFF : 0;
    }

    private long readBigEndian(int flip, int byteCount) {
        long value = 0;
        for (int i = 0; i < byteCount; i++) {
            value = (value << 8) | next(flip);
        }
        return value;
    }

    private int next(int flip) {
        return (key[position++] ^ flip) & 0xFF;
    }

    private void require(int bytes) {
        if (limit - position < bytes) {
            throw malformed("key ends after " + (position) + " bytes, " + bytes + " more expected");
        }
    }

    private static IllegalArgumentException malformed(String detail) {
        return new IllegalArgumentException("not a valid memcomparable key: " + detail);
    }
}
