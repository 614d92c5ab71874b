package io.freshet.executor.aggregate;

import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.NumericSpecial;
import java.math.BigDecimal;
import java.util.List;

/**
 * Exact running sum of numbers of any numeric type, with counts of non-null inputs, NaNs and
 * infinities kept aside, so that adding then removing a value restores the sum exactly.
 * State slots: sum (NUMERIC), non-null count, NaN count, +Infinity count, -Infinity count
 * (BIGINT each).
 */
final class ExactSum {
    static final List<DataType> STATE_TYPES = List.of(DataType.NUMERIC, DataType.BIGINT, DataType.BIGINT,
            DataType.BIGINT, DataType.BIGINT);
    static final int SLOTS = 5;

    private ExactSum() {
    }

    static void init(Object[] s, int at) {
        s[at] = BigDecimal.ZERO;
        s[at + 1] = 0L;
        s[at + 2] = 0L;
        s[at + 3] = 0L;
        s[at + 4] = 0L;
    }

    static void add(Object[] s, int at, Object value, long weight) {
        if (value == null) {
            return;
        }
        s[at + 1] = (Long) s[at + 1] + weight;
        int special = specialSlot(value);
        if (special > 0) {
            s[at + special] = (Long) s[at + special] + weight;
            return;
        }
        BigDecimal v = toDecimal(value);
        s[at] = ((BigDecimal) s[at]).add(weight == 1 ? v : v.multiply(BigDecimal.valueOf(weight)));
    }

    static long count(Object[] s, int at) {
        return (Long) s[at + 1];
    }

    /** The sum as NUMERIC (BigDecimal or NumericSpecial). */
    static Object numericSum(Object[] s, int at) {
        long nan = (Long) s[at + 2];
        long pos = (Long) s[at + 3];
        long neg = (Long) s[at + 4];
        if (nan > 0 || (pos > 0 && neg > 0)) {
            return NumericSpecial.NAN;
        }
        if (pos > 0) {
            return NumericSpecial.POSITIVE_INFINITY;
        }
        if (neg > 0) {
            return NumericSpecial.NEGATIVE_INFINITY;
        }
        return s[at];
    }

    /** The sum as a double (NaN and infinities included). */
    static double doubleSum(Object[] s, int at) {
        Object n = numericSum(s, at);
        if (n instanceof NumericSpecial) {
            switch ((NumericSpecial) n) {
                case NAN:
                    return Double.NaN;
                case POSITIVE_INFINITY:
                    return Double.POSITIVE_INFINITY;
                default:
                    return Double.NEGATIVE_INFINITY;
            }
        }
        return ((BigDecimal) n).doubleValue();
    }

    private static int specialSlot(Object v) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)) {
                return 2;
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? 3 : 4;
            }
            return 0;
        }
        if (v instanceof NumericSpecial) {
            switch ((NumericSpecial) v) {
                case NAN:
                    return 2;
                case POSITIVE_INFINITY:
                    return 3;
                default:
                    return 4;
            }
        }
        return 0;
    }

    static BigDecimal toDecimal(Object v) {
        if (v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Float) {
            // the float's exact binary value, not its decimal rendering
            return new BigDecimal((double) (Float) v);
        }
        return new BigDecimal((Double) v);
    }

    static boolean isFloat(TypeKind k) {
        return k == TypeKind.REAL || k == TypeKind.DOUBLE;
    }
}
