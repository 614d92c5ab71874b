package io.freshet.executor.expr.function;

import static io.freshet.executor.type.TypeKind.BIGINT;
import static io.freshet.executor.type.TypeKind.DATE;
import static io.freshet.executor.type.TypeKind.DOUBLE;
import static io.freshet.executor.type.TypeKind.INTEGER;
import static io.freshet.executor.type.TypeKind.INTERVAL;
import static io.freshet.executor.type.TypeKind.NUMERIC;
import static io.freshet.executor.type.TypeKind.REAL;
import static io.freshet.executor.type.TypeKind.SMALLINT;
import static io.freshet.executor.type.TypeKind.TIME;
import static io.freshet.executor.type.TypeKind.TIMESTAMP;
import static io.freshet.executor.type.TypeKind.TIMESTAMPTZ;

import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.DateTimes;
import io.freshet.executor.value.Interval;

/**
 * Arithmetic operators {@code + - * / %} and unary {@code neg}: on two numbers of one type
 * with PostgreSQL's errors (22003 on integer overflow, 22012 on division by zero, integer
 * division truncating toward zero, float overflow and underflow checks, NUMERIC scales), and
 * on dates, times, timestamps and intervals where PostgreSQL defines them.
 */
final class ArithmeticFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        registerIntegers(r);
        registerFloats(r);
        registerNumeric(r);
        registerDateTime(r);
    }

    private static void registerIntegers(FunctionRegistry r) {
        r.registerSimple("+", Signature.of(SMALLINT, SMALLINT), (a, c) -> short16((Short) a[0] + (Short) a[1]));
        r.registerSimple("-", Signature.of(SMALLINT, SMALLINT), (a, c) -> short16((Short) a[0] - (Short) a[1]));
        r.registerSimple("*", Signature.of(SMALLINT, SMALLINT), (a, c) -> short16((Short) a[0] * (Short) a[1]));
        r.registerSimple("/", Signature.of(SMALLINT, SMALLINT), (a, c) -> {
            int d = (Short) a[1];
            if (d == 0) {
                throw SqlErrors.divisionByZero();
            }
            return short16((Short) a[0] / d);
        });
        r.registerSimple("%", Signature.of(SMALLINT, SMALLINT), (a, c) -> {
            int d = (Short) a[1];
            if (d == 0) {
                throw SqlErrors.divisionByZero();
            }
            return (short) ((Short) a[0] % d);
        });
        r.registerSimple("neg", Signature.of(SMALLINT), (a, c) -> short16(-(Short) a[0]));

        r.registerSimple("+", Signature.of(INTEGER, INTEGER), (a, c) -> {
            int x = (Integer) a[0];
            int y = (Integer) a[1];
            int s = x + y;
            if (((x ^ s) & (y ^ s)) < 0) {
                throw SqlErrors.outOfRange("integer");
            }
            return s;
        });
        r.registerSimple("-", Signature.of(INTEGER, INTEGER), (a, c) -> {
            int x = (Integer) a[0];
            int y = (Integer) a[1];
            int s = x - y;
            if (((x ^ y) & (x ^ s)) < 0) {
                throw SqlErrors.outOfRange("integer");
            }
            return s;
        });
        r.registerSimple("*", Signature.of(INTEGER, INTEGER), (a, c) -> {
            long p = (long) (Integer) a[0] * (Integer) a[1];
            if ((int) p != p) {
                throw SqlErrors.outOfRange("integer");
            }
            return (int) p;
        });
        r.registerSimple("/", Signature.of(INTEGER, INTEGER), (a, c) -> {
            int d = (Integer) a[1];
            if (d == 0) {
                throw SqlErrors.divisionByZero();
            }
            int x = (Integer) a[0];
            if (d == -1 && x == Integer.MIN_VALUE) {
                throw SqlErrors.outOfRange("integer");
            }
            return x / d;
        });
        r.registerSimple("%", Signature.of(INTEGER, INTEGER), (a, c) -> {
            int d = (Integer) a[1];
            if (d == 0) {
                throw SqlErrors.divisionByZero();
            }
            return d == -1 ? 0 : (Integer) a[0] % d;
        });
        r.registerSimple("neg", Signature.of(INTEGER), (a, c) -> {
            int x = (Integer) a[0];
            if (x == Integer.MIN_VALUE) {
                throw SqlErrors.outOfRange("integer");
            }
            return -x;
        });

        r.registerSimple("+", Signature.of(BIGINT, BIGINT), (a, c) -> {
            long x = (Long) a[0];
            long y = (Long) a[1];
            long s = x + y;
            if (((x ^ s) & (y ^ s)) < 0) {
                throw SqlErrors.outOfRange("bigint");
            }
            return s;
        });
        r.registerSimple("-", Signature.of(BIGINT, BIGINT), (a, c) -> {
            long x = (Long) a[0];
            long y = (Long) a[1];
            long s = x - y;
            if (((x ^ y) & (x ^ s)) < 0) {
                throw SqlErrors.outOfRange("bigint");
            }
            return s;
        });
        r.registerSimple("*", Signature.of(BIGINT, BIGINT), (a, c) -> {
            long x = (Long) a[0];
            long y = (Long) a[1];
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
                throw SqlErrors.outOfRange("bigint");
            }
            return lo;
        });
        r.registerSimple("/", Signature.of(BIGINT, BIGINT), (a, c) -> {
            long d = (Long) a[1];
            if (d == 0) {
                throw SqlErrors.divisionByZero();
            }
            long x = (Long) a[0];
            if (d == -1 && x == Long.MIN_VALUE) {
                throw SqlErrors.outOfRange("bigint");
            }
            return x / d;
        });
        r.registerSimple("%", Signature.of(BIGINT, BIGINT), (a, c) -> {
            long d = (Long) a[1];
            if (d == 0) {
                throw SqlErrors.divisionByZero();
            }
            return d == -1 ? 0L : (Long) a[0] % d;
        });
        r.registerSimple("neg", Signature.of(BIGINT), (a, c) -> {
            long x = (Long) a[0];
            if (x == Long.MIN_VALUE) {
                throw SqlErrors.outOfRange("bigint");
            }
            return -x;
        });
    }

    private static short short16(int v) {
        if (v != (short) v) {
            throw SqlErrors.outOfRange("smallint");
        }
        return (short) v;
    }

    private static void registerFloats(FunctionRegistry r) {
        r.registerSimple("+", Signature.of(DOUBLE, DOUBLE), (a, c) -> {
            double x = (Double) a[0];
            double y = (Double) a[1];
            return SqlErrors.checkFloat(x + y, Double.isInfinite(x) || Double.isInfinite(y), true);
        });
        r.registerSimple("-", Signature.of(DOUBLE, DOUBLE), (a, c) -> {
            double x = (Double) a[0];
            double y = (Double) a[1];
            return SqlErrors.checkFloat(x - y, Double.isInfinite(x) || Double.isInfinite(y), true);
        });
        r.registerSimple("*", Signature.of(DOUBLE, DOUBLE), (a, c) -> {
            double x = (Double) a[0];
            double y = (Double) a[1];
            return SqlErrors.checkFloat(x * y, Double.isInfinite(x) || Double.isInfinite(y), x == 0 || y == 0);
        });
        r.registerSimple("/", Signature.of(DOUBLE, DOUBLE), (a, c) -> {
            double x = (Double) a[0];
            double y = (Double) a[1];
            if (y == 0 && !Double.isNaN(x)) {
                throw SqlErrors.divisionByZero();
            }
            return SqlErrors.checkFloat(x / y, Double.isInfinite(x), x == 0 || Double.isInfinite(y));
        });
        r.registerSimple("neg", Signature.of(DOUBLE), (a, c) -> -(Double) a[0]);
        r.registerSimple("+", Signature.of(REAL, REAL), (a, c) -> {
            float x = (Float) a[0];
            float y = (Float) a[1];
            return SqlErrors.checkFloat(x + y, Float.isInfinite(x) || Float.isInfinite(y), true);
        });
        r.registerSimple("-", Signature.of(REAL, REAL), (a, c) -> {
            float x = (Float) a[0];
            float y = (Float) a[1];
            return SqlErrors.checkFloat(x - y, Float.isInfinite(x) || Float.isInfinite(y), true);
        });
        r.registerSimple("*", Signature.of(REAL, REAL), (a, c) -> {
            float x = (Float) a[0];
            float y = (Float) a[1];
            return SqlErrors.checkFloat(x * y, Float.isInfinite(x) || Float.isInfinite(y), x == 0 || y == 0);
        });
        r.registerSimple("/", Signature.of(REAL, REAL), (a, c) -> {
            float x = (Float) a[0];
            float y = (Float) a[1];
            if (y == 0 && !Float.isNaN(x)) {
                throw SqlErrors.divisionByZero();
            }
            return SqlErrors.checkFloat(x / y, Float.isInfinite(x), x == 0 || Float.isInfinite(y));
        });
        r.registerSimple("neg", Signature.of(REAL), (a, c) -> -(Float) a[0]);
    }

    private static void registerNumeric(FunctionRegistry r) {
        r.registerSimple("+", Signature.of(NUMERIC, NUMERIC), (a, c) -> NumericOps.add(a[0], a[1]));
        r.registerSimple("-", Signature.of(NUMERIC, NUMERIC), (a, c) -> NumericOps.subtract(a[0], a[1]));
        r.registerSimple("*", Signature.of(NUMERIC, NUMERIC), (a, c) -> NumericOps.multiply(a[0], a[1]));
        r.registerSimple("/", Signature.of(NUMERIC, NUMERIC), (a, c) -> NumericOps.divide(a[0], a[1]));
        r.registerSimple("%", Signature.of(NUMERIC, NUMERIC), (a, c) -> NumericOps.mod(a[0], a[1]));
        r.registerSimple("neg", Signature.of(NUMERIC), (a, c) -> NumericOps.negate(a[0]));
    }

    private static void registerDateTime(FunctionRegistry r) {
        r.registerSimple("+", Signature.of(DATE, INTEGER), (a, c) -> addDays((Integer) a[0], (Integer) a[1]));
        r.registerSimple("+", Signature.of(INTEGER, DATE), (a, c) -> addDays((Integer) a[1], (Integer) a[0]));
        r.registerSimple("-", Signature.of(DATE, INTEGER), (a, c) -> addDays((Integer) a[0], -(long) (Integer) a[1]));
        r.registerSimple("-", Signature.of(DATE, DATE), (a, c) -> {
            int x = (Integer) a[0];
            int y = (Integer) a[1];
            if (isInfinite(x) || isInfinite(y)) {
                throw new io.freshet.executor.error.FreshetException(
                        io.freshet.executor.error.SqlState.DATETIME_FIELD_OVERFLOW, "cannot subtract infinite dates");
            }
            return x - y;
        });
        r.registerSimple("+", Signature.of(DATE, TIME), (a, c) -> dateTime((Integer) a[0], (Long) a[1]));
        r.registerSimple("+", Signature.of(TIME, DATE), (a, c) -> dateTime((Integer) a[1], (Long) a[0]));
        r.registerSimple("+", Signature.of(DATE, INTERVAL), (a, c) ->
                TimeMath.addToTimestamp(CastFunctions.dateToTimestamp((Integer) a[0]), (Interval) a[1]));
        r.registerSimple("+", Signature.of(INTERVAL, DATE), (a, c) ->
                TimeMath.addToTimestamp(CastFunctions.dateToTimestamp((Integer) a[1]), (Interval) a[0]));
        r.registerSimple("-", Signature.of(DATE, INTERVAL), (a, c) ->
                TimeMath.addToTimestamp(CastFunctions.dateToTimestamp((Integer) a[0]), TimeMath.negate((Interval) a[1])));
        r.registerSimple("+", Signature.of(TIMESTAMP, INTERVAL), (a, c) ->
                TimeMath.addToTimestamp((Long) a[0], (Interval) a[1]));
        r.registerSimple("+", Signature.of(INTERVAL, TIMESTAMP), (a, c) ->
                TimeMath.addToTimestamp((Long) a[1], (Interval) a[0]));
        r.registerSimple("-", Signature.of(TIMESTAMP, INTERVAL), (a, c) ->
                TimeMath.addToTimestamp((Long) a[0], TimeMath.negate((Interval) a[1])));
        r.registerSimple("+", Signature.of(TIMESTAMPTZ, INTERVAL), (a, c) ->
                TimeMath.addToTimestampTz((Long) a[0], (Interval) a[1], c.timeZone()));
        r.registerSimple("+", Signature.of(INTERVAL, TIMESTAMPTZ), (a, c) ->
                TimeMath.addToTimestampTz((Long) a[1], (Interval) a[0], c.timeZone()));
        r.registerSimple("-", Signature.of(TIMESTAMPTZ, INTERVAL), (a, c) ->
                TimeMath.addToTimestampTz((Long) a[0], TimeMath.negate((Interval) a[1]), c.timeZone()));
        r.registerSimple("-", Signature.of(TIMESTAMP, TIMESTAMP), (a, c) -> TimeMath.difference((Long) a[0], (Long) a[1]));
        r.registerSimple("-", Signature.of(TIMESTAMPTZ, TIMESTAMPTZ), (a, c) ->
                TimeMath.difference((Long) a[0], (Long) a[1]));
        r.registerSimple("+", Signature.of(TIME, INTERVAL), (a, c) ->
                Math.floorMod((Long) a[0] + ((Interval) a[1]).micros() % DateTimes.MICROS_PER_DAY, DateTimes.MICROS_PER_DAY));
        r.registerSimple("+", Signature.of(INTERVAL, TIME), (a, c) ->
                Math.floorMod((Long) a[1] + ((Interval) a[0]).micros() % DateTimes.MICROS_PER_DAY, DateTimes.MICROS_PER_DAY));
        r.registerSimple("-", Signature.of(TIME, INTERVAL), (a, c) ->
                Math.floorMod((Long) a[0] - ((Interval) a[1]).micros() % DateTimes.MICROS_PER_DAY, DateTimes.MICROS_PER_DAY));
        r.registerSimple("-", Signature.of(TIME, TIME), (a, c) -> Interval.ofMicros((Long) a[0] - (Long) a[1]));
        r.registerSimple("+", Signature.of(INTERVAL, INTERVAL), (a, c) -> TimeMath.add((Interval) a[0], (Interval) a[1]));
        r.registerSimple("-", Signature.of(INTERVAL, INTERVAL), (a, c) ->
                TimeMath.add((Interval) a[0], TimeMath.negate((Interval) a[1])));
        r.registerSimple("neg", Signature.of(INTERVAL), (a, c) -> TimeMath.negate((Interval) a[0]));
        for (TypeKind k : new TypeKind[] {DOUBLE, REAL, INTEGER, BIGINT, SMALLINT, NUMERIC}) {
            r.registerSimple("*", Signature.of(INTERVAL, k), (a, c) ->
                    TimeMath.multiply((Interval) a[0], factor(a[1])));
            r.registerSimple("*", Signature.of(k, INTERVAL), (a, c) ->
                    TimeMath.multiply((Interval) a[1], factor(a[0])));
            r.registerSimple("/", Signature.of(INTERVAL, k), (a, c) ->
                    TimeMath.divide((Interval) a[0], factor(a[1])));
        }
    }

    private static double factor(Object v) {
        return v instanceof Number && !(v instanceof java.math.BigDecimal)
                ? ((Number) v).doubleValue() : io.freshet.executor.value.Numerics.toDouble(v);
    }

    private static boolean isInfinite(int d) {
        return d == DateTimes.DATE_NEG_INFINITY || d == DateTimes.DATE_POS_INFINITY;
    }

    private static int addDays(int date, long days) {
        if (isInfinite(date)) {
            return date;
        }
        long r = date + days;
        if (!DateTimes.isValidDate(r)) {
            throw SqlErrors.dateOutOfRange();
        }
        return (int) r;
    }

    private static long dateTime(int date, long time) {
        long ts = CastFunctions.dateToTimestamp(date);
        if (ts == DateTimes.TS_NEG_INFINITY || ts == DateTimes.TS_POS_INFINITY) {
            return ts;
        }
        return DateTimes.checkTimestamp(ts + time);
    }
}
