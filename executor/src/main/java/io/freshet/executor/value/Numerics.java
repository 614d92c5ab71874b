package io.freshet.executor.value;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * NUMERIC values as PostgreSQL handles them: text input and output (display scale kept,
 * {@code NaN}, {@code Infinity}), coercion to a {@code numeric(p,s)} type modifier (round half
 * away from zero, 22003 {@code numeric field overflow}), and the scale PostgreSQL chooses for
 * a quotient.
 *
 * <p>Finite values are {@link BigDecimal}s with a scale of zero or more; the infinities and NaN
 * are {@link NumericSpecial}.
 */
public final class Numerics {
    /** Fewest significant digits PostgreSQL keeps in an inexact result. */
    public static final int MIN_SIG_DIGITS = 16;
    /** Largest display scale PostgreSQL produces. */
    public static final int MAX_DISPLAY_SCALE = 1000;

    private Numerics() {
    }

    /** Output text: the digits with the value's scale ({@code 24.50}), or NaN / Infinity / -Infinity. */
    public static String format(Object v) {
        if (v instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) v;
            if (d.scale() < 0) {
                d = d.setScale(0);
            }
            return d.toPlainString();
        }
        return v.toString();
    }

    /** A finite value with a non-negative scale, as PostgreSQL keeps its display scale. */
    public static BigDecimal normalize(BigDecimal d) {
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** PostgreSQL's {@code numeric_in} (without a type modifier). */
    public static Object parse(String text) {
        String s = text.strip();
        int start = 0;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            start = 1;
        }
        String rest = s.substring(start);
        if (rest.equalsIgnoreCase("infinity") || rest.equalsIgnoreCase("inf")) {
            return neg ? NumericSpecial.NEGATIVE_INFINITY : NumericSpecial.POSITIVE_INFINITY;
        }
        if (start == 0 && rest.equalsIgnoreCase("nan")) {
            return NumericSpecial.NAN;
        }
        if (!FloatText.isDecimal(s)) {
            throw new FreshetException(SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type numeric: \"" + text + "\"");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(s);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        if (d.precision() - d.scale() > 131072 || d.scale() > 16383) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        return normalize(d);
    }

    /**
     * Coerces to {@code numeric(precision, scale)}: rounds half away from zero to the scale and
     * fails with 22003 when the integer part has more than {@code precision - scale} digits.
     */
    public static Object applyTypmod(Object v, int precision, int scale) {
        if (precision < 0) {
            return v;
        }
        if (!(v instanceof BigDecimal)) {
            if (v == NumericSpecial.NAN) {
                return v;
            }
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow", "A field with precision "
                    + precision + ", scale " + scale + " cannot hold an infinite value.", null, 0, null);
        }
        BigDecimal d = ((BigDecimal) v).setScale(scale, RoundingMode.HALF_UP);
        int intDigits = d.signum() == 0 ? 0 : d.precision() - d.scale();
        if (intDigits > precision - scale) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow", "A field with precision "
                    + precision + ", scale " + scale + " must round to an absolute value less than 10^"
                    + (precision - scale) + ".", null, 0, null);
        }
        return d;
    }

    /** Weight in base-10000 digits of a non-zero value, as PostgreSQL's {@code NumericVar.weight}. */
    public static int weight(BigDecimal d) {
        int exp10 = d.precision() - d.scale() - 1;
        return Math.floorDiv(exp10, 4);
    }

    /** The leading base-10000 digit of a non-zero value. */
    static int firstDigit(BigDecimal d) {
        int exp10 = d.precision() - d.scale() - 1;
        int digitsInGroup = Math.floorMod(exp10, 4) + 1;
        BigInteger u = d.unscaledValue().abs();
        String s = u.toString();
        if (s.length() <= digitsInGroup) {
            int v = Integer.parseInt(s);
            for (int i = s.length(); i < digitsInGroup; i++) {
                v *= 10;
            }
            return v;
        }
        return Integer.parseInt(s.substring(0, digitsInGroup));
    }

    /** Result scale of {@code a / b} (PostgreSQL's {@code select_div_scale}). */
    public static int divScale(BigDecimal a, BigDecimal b) {
        int weight1 = 0;
        int first1 = 0;
        if (a.signum() != 0) {
            weight1 = weight(a);
            first1 = firstDigit(a);
        }
        int weight2 = 0;
        int first2 = 0;
        if (b.signum() != 0) {
            weight2 = weight(b);
            first2 = firstDigit(b);
        }
        int qweight = weight1 - weight2;
        if (first1 <= first2) {
            qweight--;
        }
        int rscale = MIN_SIG_DIGITS - qweight * 4;
        rscale = Math.max(rscale, Math.max(a.scale(), b.scale()));
        rscale = Math.max(rscale, 0);
        return Math.min(rscale, MAX_DISPLAY_SCALE);
    }

    /** The value as a double, correctly rounded (PostgreSQL's {@code numeric_float8}). */
    public static double toDouble(Object v) {
        if (v instanceof BigDecimal) {
            return Double.parseDouble(((BigDecimal) v).toString());
        }
        switch ((NumericSpecial) v) {
            case NEGATIVE_INFINITY:
                return Double.NEGATIVE_INFINITY;
            case POSITIVE_INFINITY:
                return Double.POSITIVE_INFINITY;
            default:
                return Double.NaN;
        }
    }

    /** A double as NUMERIC the way PostgreSQL 15 converts it: 15 significant digits. */
    public static Object fromDouble(double d, int significantDigits) {
        if (Double.isNaN(d)) {
            return NumericSpecial.NAN;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? NumericSpecial.POSITIVE_INFINITY : NumericSpecial.NEGATIVE_INFINITY;
        }
        if (d == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal r = exact.round(new java.math.MathContext(significantDigits, RoundingMode.HALF_EVEN));
        r = r.stripTrailingZeros();
        return normalize(r);
    }

    /** Rounds half away from zero to a whole number and checks it fits a long, else 22003 {@code <type> out of range}. */
    public static long toLong(Object v, String typeName, long min, long max) {
        if (!(v instanceof BigDecimal)) {
            throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED, v == NumericSpecial.NAN
                    ? "cannot convert NaN to " + typeName : "cannot convert infinity to " + typeName);
        }
        BigDecimal r = ((BigDecimal) v).setScale(0, RoundingMode.HALF_UP);
        if (r.unscaledValue().bitLength() > 63) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, typeName + " out of range");
        }
        long l = r.longValueExact();
        if (l < min || l > max) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, typeName + " out of range");
        }
        return l;
    }
}
