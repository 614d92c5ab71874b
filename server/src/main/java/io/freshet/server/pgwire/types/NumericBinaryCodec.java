package io.freshet.server.pgwire.types;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.value.NumericSpecial;
import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * PostgreSQL's binary form of NUMERIC ({@code numeric_send} / {@code numeric_recv}): the
 * number in base 10000, as
 * <pre>
 * int16 ndigits   number of base-10000 digits that follow
 * int16 weight    power of 10000 of the first digit (value = sum digit[i] * 10000^(weight - i))
 * int16 sign      0x0000 positive, 0x4000 negative, 0xC000 NaN, 0xD000 Infinity, 0xF000 -Infinity
 * int16 dscale    number of decimal digits after the point that the value shows
 * int16 digit[ndigits]   each 0..9999; leading and trailing zero digits are left out
 * </pre>
 * Zero has no digits. The digits are aligned on the decimal point, so 12345.678 is
 * {@code 0001 2345 6780} with weight 1 and dscale 3.
 */
final class NumericBinaryCodec {
    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    private static final int NAN = 0xC000;
    private static final int POSITIVE_INFINITY = 0xD000;
    private static final int NEGATIVE_INFINITY = 0xF000;
    /**
     * The dscale PostgreSQL 15 sends for the infinities: it reads the display-scale bits of the
     * special value's header, which happen to hold 0x20. Sent the same for identical bytes.
     */
    private static final int INFINITY_DSCALE = 0x20;
    private static final int MAX_DSCALE = 0x3FFF;
    private static final int DIGITS_PER_GROUP = 4;

    private NumericBinaryCodec() {
    }

    /** Writes a BigDecimal or {@link NumericSpecial} (other Numbers are taken by their decimal value). */
    static void encode(Object value, ByteBuf out) {
        if (value instanceof NumericSpecial) {
            NumericSpecial special = (NumericSpecial) value;
            out.writeShort(0).writeShort(0);
            switch (special) {
                case NAN:
                    out.writeShort(NAN).writeShort(0);
                    break;
                case POSITIVE_INFINITY:
                    out.writeShort(POSITIVE_INFINITY).writeShort(INFINITY_DSCALE);
                    break;
                default:
                    out.writeShort(NEGATIVE_INFINITY).writeShort(INFINITY_DSCALE);
                    break;
            }
            return;
        }
        BigDecimal decimal = toBigDecimal(value);
        int sign = decimal.signum() < 0 ? NEGATIVE : POSITIVE;
        BigDecimal abs = decimal.abs();
        int scale = abs.scale();
        BigInteger unscaled = abs.unscaledValue();
        if (scale < 0) {
            unscaled = unscaled.multiply(BigInteger.TEN.pow(-scale));
            scale = 0;
        }
        if (unscaled.signum() == 0) {
            out.writeShort(0).writeShort(0).writeShort(POSITIVE).writeShort(scale);
            return;
        }
        // Pad the fraction to whole groups, then the integer part on the left to whole groups.
        int fractionPad = (DIGITS_PER_GROUP - scale % DIGITS_PER_GROUP) % DIGITS_PER_GROUP;
        String digits = unscaled.toString();
        int leftPad = (DIGITS_PER_GROUP - (digits.length() + fractionPad) % DIGITS_PER_GROUP) % DIGITS_PER_GROUP;
        StringBuilder aligned = new StringBuilder(leftPad + digits.length() + fractionPad);
        aligned.append("0".repeat(leftPad)).append(digits).append("0".repeat(fractionPad));
        int groupCount = aligned.length() / DIGITS_PER_GROUP;
        int fractionGroups = (scale + fractionPad) / DIGITS_PER_GROUP;
        short[] groups = new short[groupCount];
        for (int i = 0; i < groupCount; i++) {
            groups[i] = (short) Integer.parseInt(aligned, i * DIGITS_PER_GROUP, (i + 1) * DIGITS_PER_GROUP, 10);
        }
        int weight = groupCount - fractionGroups - 1;
        int first = 0;
        while (groups[first] == 0) {
            first++;
            weight--;
        }
        int last = groupCount - 1;
        while (groups[last] == 0) {
            last--;
        }
        int ndigits = last - first + 1;
        if (ndigits > Short.MAX_VALUE || weight > Short.MAX_VALUE || weight < Short.MIN_VALUE || scale > MAX_DSCALE) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        out.writeShort(ndigits).writeShort(weight).writeShort(sign).writeShort(scale);
        for (int i = first; i <= last; i++) {
            out.writeShort(groups[i]);
        }
    }

    /** Reads a value written by {@link #encode}: a BigDecimal with scale dscale, or a {@link NumericSpecial}. */
    static Object decode(ByteBuf in) {
        int ndigits = in.readShort();
        int weight = in.readShort();
        int sign = in.readUnsignedShort();
        int dscale = in.readUnsignedShort();
        switch (sign) {
            case NAN:
                return NumericSpecial.NAN;
            case POSITIVE_INFINITY:
                return NumericSpecial.POSITIVE_INFINITY;
            case NEGATIVE_INFINITY:
                return NumericSpecial.NEGATIVE_INFINITY;
            case POSITIVE:
            case NEGATIVE:
                break;
            default:
                throw invalid("invalid sign in external \"numeric\" value");
        }
        if (ndigits < 0) {
            throw invalid("invalid length in external \"numeric\" value");
        }
        if (dscale > MAX_DSCALE) {
            throw invalid("invalid scale in external \"numeric\" value");
        }
        if (ndigits == 0) {
            return BigDecimal.ZERO.setScale(dscale);
        }
        StringBuilder digits = new StringBuilder(ndigits * DIGITS_PER_GROUP);
        for (int i = 0; i < ndigits; i++) {
            int digit = in.readShort();
            if (digit < 0 || digit > 9999) {
                throw invalid("invalid digit in external \"numeric\" value");
            }
            String group = Integer.toString(digit);
            digits.append("0".repeat(DIGITS_PER_GROUP - group.length())).append(group);
        }
        int scale = (ndigits - weight - 1) * DIGITS_PER_GROUP;
        // PostgreSQL truncates digits that dscale hides rather than rejecting them.
        BigDecimal value = new BigDecimal(new BigInteger(digits.toString()), scale).setScale(dscale, RoundingMode.DOWN);
        return sign == NEGATIVE ? value.negate() : value;
    }

    private static BigDecimal toBigDecimal(Object value) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number) {
            return new BigDecimal(value.toString());
        }
        throw new IllegalArgumentException("not a numeric value: " + value.getClass().getName());
    }

    private static FreshetException invalid(String message) {
        return new FreshetException(SqlState.INVALID_BINARY_REPRESENTATION, message);
    }
}
