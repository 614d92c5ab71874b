package io.freshet.executor.expr.function;

import io.freshet.executor.value.NumericSpecial;
import io.freshet.executor.value.Numerics;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * NUMERIC arithmetic with PostgreSQL's result scales and its rules for NaN and the
 * infinities (NaN wins; {@code Infinity - Infinity} and {@code 0 * Infinity} are NaN; any
 * division by zero fails, except NaN / 0).
 */
final class NumericOps {
    private static final NumericSpecial NAN = NumericSpecial.NAN;
    private static final NumericSpecial PINF = NumericSpecial.POSITIVE_INFINITY;
    private static final NumericSpecial NINF = NumericSpecial.NEGATIVE_INFINITY;

    private NumericOps() {
    }

    /** -1, 0, 1 for finite values and the infinities; NaN must be checked first. */
    static int sign(Object v) {
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).signum();
        }
        return v == PINF ? 1 : -1;
    }

    static Object inf(int sign) {
        return sign > 0 ? PINF : NINF;
    }

    static Object add(Object a, Object b) {
        if (a instanceof BigDecimal && b instanceof BigDecimal) {
            return ((BigDecimal) a).add((BigDecimal) b);
        }
        if (a == NAN || b == NAN) {
            return NAN;
        }
        if (a instanceof BigDecimal) {
            return b;
        }
        if (b instanceof BigDecimal) {
            return a;
        }
        return a == b ? a : NAN;
    }

    static Object negate(Object a) {
        if (a instanceof BigDecimal) {
            return ((BigDecimal) a).negate();
        }
        return a == NAN ? NAN : a == PINF ? NINF : PINF;
    }

    static Object subtract(Object a, Object b) {
        if (a instanceof BigDecimal && b instanceof BigDecimal) {
            return ((BigDecimal) a).subtract((BigDecimal) b);
        }
        return add(a, negate(b));
    }

    static Object multiply(Object a, Object b) {
        if (a instanceof BigDecimal && b instanceof BigDecimal) {
            BigDecimal r = ((BigDecimal) a).multiply((BigDecimal) b);
            if (r.scale() > Numerics.MAX_DISPLAY_SCALE * 16) {
                r = r.setScale(Numerics.MAX_DISPLAY_SCALE * 16, RoundingMode.HALF_UP);
            }
            return r;
        }
        if (a == NAN || b == NAN) {
            return NAN;
        }
        int s = sign(a) * sign(b);
        return s == 0 ? NAN : inf(s);
    }

    static Object divide(Object a, Object b) {
        if (a == NAN || b == NAN) {
            return NAN;
        }
        if (b instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) b;
            if (d.signum() == 0) {
                throw SqlErrors.divisionByZero();
            }
            if (!(a instanceof BigDecimal)) {
                return inf(sign(a) * d.signum());
            }
            BigDecimal x = (BigDecimal) a;
            return x.divide(d, Numerics.divScale(x, d), RoundingMode.HALF_UP);
        }
        if (!(a instanceof BigDecimal)) {
            return NAN;
        }
        return BigDecimal.ZERO;
    }

    /** {@code a % b}: the remainder of truncated division, with the larger scale. */
    static Object mod(Object a, Object b) {
        if (a == NAN || b == NAN) {
            return NAN;
        }
        if (b instanceof BigDecimal && ((BigDecimal) b).signum() == 0) {
            throw SqlErrors.divisionByZero();
        }
        if (!(a instanceof BigDecimal)) {
            return NAN;
        }
        if (!(b instanceof BigDecimal)) {
            return a;
        }
        BigDecimal x = (BigDecimal) a;
        BigDecimal y = (BigDecimal) b;
        BigDecimal r = x.remainder(y);
        int scale = Math.max(x.scale(), y.scale());
        return r.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** {@code div(a, b)}: the truncated integer quotient. */
    static Object div(Object a, Object b) {
        if (a == NAN || b == NAN) {
            return NAN;
        }
        if (b instanceof BigDecimal && ((BigDecimal) b).signum() == 0) {
            throw SqlErrors.divisionByZero();
        }
        if (!(a instanceof BigDecimal)) {
            return b instanceof BigDecimal ? inf(sign(a) * sign(b)) : NAN;
        }
        if (!(b instanceof BigDecimal)) {
            return BigDecimal.ZERO;
        }
        return ((BigDecimal) a).divideToIntegralValue((BigDecimal) b).setScale(0, RoundingMode.DOWN);
    }

    static Object abs(Object a) {
        if (a instanceof BigDecimal) {
            return ((BigDecimal) a).abs();
        }
        return a == NAN ? NAN : PINF;
    }

    /** round(x, n) half away from zero; a negative n rounds left of the point. */
    static Object round(Object a, int n, RoundingMode mode) {
        if (!(a instanceof BigDecimal)) {
            return a;
        }
        BigDecimal d = (BigDecimal) a;
        n = Math.min(n, Numerics.MAX_DISPLAY_SCALE);
        BigDecimal r = d.setScale(n, mode);
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    static Object ceil(Object a) {
        return a instanceof BigDecimal ? ((BigDecimal) a).setScale(0, RoundingMode.CEILING) : a;
    }

    static Object floor(Object a) {
        return a instanceof BigDecimal ? ((BigDecimal) a).setScale(0, RoundingMode.FLOOR) : a;
    }

    static Object signOf(Object a) {
        if (a instanceof BigDecimal) {
            return BigDecimal.valueOf(((BigDecimal) a).signum());
        }
        return a == NAN ? NAN : BigDecimal.valueOf(a == PINF ? 1 : -1);
    }
}
