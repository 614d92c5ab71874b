package io.freshet.executor.value;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.math.BigInteger;

/**
 * Text form of {@code real} and {@code double precision} as PostgreSQL 15 writes and reads it
 * with {@code extra_float_digits} above zero: the shortest decimal that reads back as the same
 * binary value (Ulf Adams' Ryu algorithm, the one PostgreSQL's {@code d2s.c} and {@code f2s.c}
 * use), in plain notation when the decimal exponent is in [-4, 15) for doubles or [-4, 6) for
 * reals and in {@code 1.5e-05} notation otherwise.
 *
 * <p>The power-of-five tables are computed once when the class loads; formatting a value
 * allocates only its result string.
 */
public final class FloatText {
    private static final int DOUBLE_POW5_INV_BITCOUNT = 125;
    private static final int DOUBLE_POW5_BITCOUNT = 125;
    private static final int FLOAT_POW5_INV_BITCOUNT = 59;
    private static final int FLOAT_POW5_BITCOUNT = 61;
    private static final long[] D_INV_LO = new long[342];
    private static final long[] D_INV_HI = new long[342];
    private static final long[] D_POW_LO = new long[326];
    private static final long[] D_POW_HI = new long[326];
    private static final long[] F_INV = new long[31];
    private static final long[] F_POW = new long[47];

    static {
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int i = 0; i < D_POW_LO.length; i++) {
            BigInteger pow = BigInteger.valueOf(5).pow(i);
            int len = pow.bitLength();
            BigInteger v = shift(pow, len - DOUBLE_POW5_BITCOUNT);
            D_POW_LO[i] = v.and(mask).longValue();
            D_POW_HI[i] = v.shiftRight(64).longValue();
        }
        for (int i = 0; i < D_INV_LO.length; i++) {
            BigInteger pow = BigInteger.valueOf(5).pow(i);
            int len = pow.bitLength();
            BigInteger v = BigInteger.ONE.shiftLeft(len - 1 + DOUBLE_POW5_INV_BITCOUNT).divide(pow).add(BigInteger.ONE);
            D_INV_LO[i] = v.and(mask).longValue();
            D_INV_HI[i] = v.shiftRight(64).longValue();
        }
        for (int i = 0; i < F_POW.length; i++) {
            BigInteger pow = BigInteger.valueOf(5).pow(i);
            F_POW[i] = shift(pow, pow.bitLength() - FLOAT_POW5_BITCOUNT).longValue();
        }
        for (int i = 0; i < F_INV.length; i++) {
            BigInteger pow = BigInteger.valueOf(5).pow(i);
            F_INV[i] = BigInteger.ONE.shiftLeft(pow.bitLength() - 1 + FLOAT_POW5_INV_BITCOUNT).divide(pow)
                    .add(BigInteger.ONE).longValue();
        }
    }

    private FloatText() {
    }

    private static BigInteger shift(BigInteger v, int right) {
        return right >= 0 ? v.shiftRight(right) : v.shiftLeft(-right);
    }

    /** PostgreSQL's {@code float8out}. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        long bits = Double.doubleToRawLongBits(v);
        boolean negative = bits < 0;
        long mantissa = bits & ((1L << 52) - 1);
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        if (exponent == 0 && mantissa == 0) {
            return negative ? "-0" : "0";
        }
        long output;
        int exp10;
        long smallInt = smallInt(mantissa, exponent);
        if (smallInt > 0) {
            output = smallInt;
            exp10 = 0;
            while (output % 10 == 0) {
                output /= 10;
                exp10++;
            }
        } else {
            long[] r = d2d(mantissa, exponent);
            output = r[0];
            exp10 = (int) r[1];
        }
        return toChars(negative, output, exp10, 15);
    }

    /** PostgreSQL's {@code float4out}. */
    public static String format(float v) {
        if (Float.isNaN(v)) {
            return "NaN";
        }
        if (Float.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        int bits = Float.floatToRawIntBits(v);
        boolean negative = bits < 0;
        int mantissa = bits & ((1 << 23) - 1);
        int exponent = (bits >>> 23) & 0xFF;
        if (exponent == 0 && mantissa == 0) {
            return negative ? "-0" : "0";
        }
        long r = f2d(mantissa, exponent);
        return toChars(negative, r >>> 32 & 0xFFFFFFFFL, (int) r, 6);
    }

    /** Digits of the value when it is an integer below 2^53, else 0. */
    private static long smallInt(long mantissa, int exponent) {
        long m2 = (1L << 52) | mantissa;
        int e2 = exponent - 1023 - 52;
        if (exponent == 0 || e2 > 0 || e2 < -52) {
            return 0;
        }
        long mask = (1L << -e2) - 1;
        if ((m2 & mask) != 0) {
            return 0;
        }
        return m2 >>> -e2;
    }

    private static String toChars(boolean negative, long digits, int exp10, int fixedLimit) {
        String d = Long.toString(digits);
        int olength = d.length();
        int exp = exp10 + olength - 1;
        StringBuilder b = new StringBuilder(olength + 8);
        if (negative) {
            b.append('-');
        }
        if (exp >= -4 && exp < fixedLimit) {
            if (exp < 0) {
                b.append("0.");
                for (int i = -1; i > exp; i--) {
                    b.append('0');
                }
                b.append(d);
            } else if (exp + 1 >= olength) {
                b.append(d);
                for (int i = olength; i <= exp; i++) {
                    b.append('0');
                }
            } else {
                b.append(d, 0, exp + 1).append('.').append(d, exp + 1, olength);
            }
        } else {
            b.append(d.charAt(0));
            if (olength > 1) {
                b.append('.').append(d, 1, olength);
            }
            b.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                b.append('0');
            }
            b.append(ae);
        }
        return b.toString();
    }

    private static int pow5bits(int e) {
        return (int) (((e * 1217359L) >>> 19) + 1);
    }

    private static int log10Pow2(int e) {
        return (int) ((e * 78913L) >>> 18);
    }

    private static int log10Pow5(int e) {
        return (int) ((e * 732923L) >>> 20);
    }

    private static int pow5Factor(long value) {
        int count = 0;
        while (value > 0 && value % 5 == 0) {
            value /= 5;
            count++;
        }
        return count;
    }

    private static boolean multipleOfPowerOf5(long value, int p) {
        return pow5Factor(value) >= p;
    }

    private static boolean multipleOfPowerOf2(long value, int p) {
        return (value & ((1L << p) - 1)) == 0;
    }

    private static long umulHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** (m * (hi:lo)) >> j for j >= 64. */
    private static long mulShift64(long m, long lo, long hi, int j) {
        long b0Hi = umulHigh(m, lo);
        long b2Lo = m * hi;
        long b2Hi = umulHigh(m, hi);
        long sumLo = b0Hi + b2Lo;
        long carry = Long.compareUnsigned(sumLo, b0Hi) < 0 ? 1 : 0;
        long sumHi = b2Hi + carry;
        int s = j - 64;
        if (s == 0) {
            return sumLo;
        }
        return (sumLo >>> s) | (sumHi << (64 - s));
    }

    /** Ryu's d2d: {digits, decimal exponent} of the shortest representation. */
    private static long[] d2d(long ieeeMantissa, int ieeeExponent) {
        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - 1023 - 52 - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - 1023 - 52 - 2;
            m2 = (1L << 52) | ieeeMantissa;
        }
        // PostgreSQL builds Ryu without STRICTLY_SHORTEST: interval bounds are never accepted.
        boolean acceptBounds = false;
        long mv = 4 * m2;
        int mmShift = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1 : 0;
        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = DOUBLE_POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            vr = mulShift64(4 * m2, D_INV_LO[q], D_INV_HI[q], i);
            vp = mulShift64(4 * m2 + 2, D_INV_LO[q], D_INV_HI[q], i);
            vm = mulShift64(4 * m2 - 1 - mmShift, D_INV_LO[q], D_INV_HI[q], i);
            if (q <= 21) {
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (acceptBounds) {
                    vmIsTrailingZeros = multipleOfPowerOf5(mv - 1 - mmShift, q);
                } else {
                    vp -= multipleOfPowerOf5(mv + 2, q) ? 1 : 0;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - DOUBLE_POW5_BITCOUNT;
            int j = q - k;
            vr = mulShift64(4 * m2, D_POW_LO[i], D_POW_HI[i], j);
            vp = mulShift64(4 * m2 + 2, D_POW_LO[i], D_POW_HI[i], j);
            vm = mulShift64(4 * m2 - 1 - mmShift, D_POW_LO[i], D_POW_HI[i], j);
            if (q <= 1) {
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    --vp;
                }
            } else if (q < 63) {
                vrIsTrailingZeros = multipleOfPowerOf2(mv, q);
            }
        }
        int removed = 0;
        int lastRemovedDigit = 0;
        long output;
        if (vmIsTrailingZeros || vrIsTrailingZeros) {
            while (vp / 10 > vm / 10) {
                vmIsTrailingZeros &= vm % 10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                ++removed;
            }
            if (vmIsTrailingZeros) {
                while (vm % 10 == 0) {
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = (int) (vr % 10);
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    ++removed;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                lastRemovedDigit = 4;
            }
            output = vr + ((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5 ? 1 : 0);
        } else {
            boolean roundUp = false;
            while (vp / 10 > vm / 10) {
                roundUp = vr % 10 >= 5;
                vr /= 10;
                vp /= 10;
                vm /= 10;
                ++removed;
            }
            output = vr + (vr == vm || roundUp ? 1 : 0);
        }
        return new long[] {output, e10 + removed};
    }

    private static long mulShift32(long m, long factor, int shift) {
        long factorLo = factor & 0xFFFFFFFFL;
        long factorHi = factor >>> 32;
        long bits0 = m * factorLo;
        long bits1 = m * factorHi;
        long sum = (bits0 >>> 32) + bits1;
        return sum >>> (shift - 32);
    }

    private static boolean multipleOfPowerOf5(int value, int p) {
        return pow5Factor(value & 0xFFFFFFFFL) >= p;
    }

    /** Ryu's f2d: digits in the high 32 bits, the decimal exponent in the low 32 bits. */
    private static long f2d(int ieeeMantissa, int ieeeExponent) {
        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - 127 - 23 - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - 127 - 23 - 2;
            m2 = (1L << 23) | ieeeMantissa;
        }
        // PostgreSQL builds Ryu without STRICTLY_SHORTEST: interval bounds are never accepted.
        boolean acceptBounds = false;
        long mv = 4 * m2;
        long mp = 4 * m2 + 2;
        int mmShift = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1 : 0;
        long mm = 4 * m2 - 1 - mmShift;
        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        int lastRemovedDigit = 0;
        if (e2 >= 0) {
            int q = log10Pow2(e2);
            e10 = q;
            int k = FLOAT_POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            vr = mulShift32(mv, F_INV[q], i);
            vp = mulShift32(mp, F_INV[q], i);
            vm = mulShift32(mm, F_INV[q], i);
            if (q != 0 && (vp - 1) / 10 <= vm / 10) {
                int l = FLOAT_POW5_INV_BITCOUNT + pow5bits(q - 1) - 1;
                lastRemovedDigit = (int) (mulShift32(mv, F_INV[q - 1], -e2 + q - 1 + l) % 10);
            }
            if (q <= 9) {
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (acceptBounds) {
                    vmIsTrailingZeros = multipleOfPowerOf5(mm, q);
                } else {
                    vp -= multipleOfPowerOf5(mp, q) ? 1 : 0;
                }
            }
        } else {
            int q = log10Pow5(-e2);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - FLOAT_POW5_BITCOUNT;
            int j = q - k;
            vr = mulShift32(mv, F_POW[i], j);
            vp = mulShift32(mp, F_POW[i], j);
            vm = mulShift32(mm, F_POW[i], j);
            if (q != 0 && (vp - 1) / 10 <= vm / 10) {
                j = q - 1 - (pow5bits(i + 1) - FLOAT_POW5_BITCOUNT);
                lastRemovedDigit = (int) (mulShift32(mv, F_POW[i + 1], j) % 10);
            }
            if (q <= 1) {
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    --vp;
                }
            } else if (q < 31) {
                vrIsTrailingZeros = multipleOfPowerOf2(mv, q - 1);
            }
        }
        int removed = 0;
        long output;
        if (vmIsTrailingZeros || vrIsTrailingZeros) {
            while (vp / 10 > vm / 10) {
                vmIsTrailingZeros &= vm % 10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                ++removed;
            }
            if (vmIsTrailingZeros) {
                while (vm % 10 == 0) {
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = (int) (vr % 10);
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    ++removed;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                lastRemovedDigit = 4;
            }
            output = vr + ((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5 ? 1 : 0);
        } else {
            while (vp / 10 > vm / 10) {
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                ++removed;
            }
            output = vr + (vr == vm || lastRemovedDigit >= 5 ? 1 : 0);
        }
        return (output << 32) | ((e10 + removed) & 0xFFFFFFFFL);
    }

    /** PostgreSQL's {@code float8in}: decimal text, NaN, Infinity/inf, with spaces around. */
    public static double parseDouble(String text) {
        String s = text.strip();
        Double special = special(s);
        if (special != null) {
            return special;
        }
        if (!isDecimal(s)) {
            throw new FreshetException(SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type double precision: \"" + text + "\"");
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d) || (d == 0 && !isZero(s))) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    "\"" + s + "\" is out of range for type double precision");
        }
        return d;
    }

    /** PostgreSQL's {@code float4in}. */
    public static float parseFloat(String text) {
        String s = text.strip();
        Double special = special(s);
        if (special != null) {
            return special.floatValue();
        }
        if (!isDecimal(s)) {
            throw new FreshetException(SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type real: \"" + text + "\"");
        }
        float f = Float.parseFloat(s);
        if (Float.isInfinite(f) || (f == 0 && !isZero(s))) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    "\"" + s + "\" is out of range for type real");
        }
        return f;
    }

    private static Double special(String s) {
        int start = 0;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            start = 1;
        }
        String rest = s.substring(start);
        if (rest.equalsIgnoreCase("infinity") || rest.equalsIgnoreCase("inf")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (start == 0 && rest.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        return null;
    }

    /** Whether {@code s} is {@code [+-]digits[.digits][e[+-]digits]} with at least one digit. */
    static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
