package io.freshet.executor.expr.function;

import static io.freshet.executor.type.TypeKind.BIGINT;
import static io.freshet.executor.type.TypeKind.DOUBLE;
import static io.freshet.executor.type.TypeKind.INTEGER;
import static io.freshet.executor.type.TypeKind.NUMERIC;
import static io.freshet.executor.type.TypeKind.REAL;
import static io.freshet.executor.type.TypeKind.SMALLINT;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.value.NumericSpecial;
import io.freshet.executor.value.Numerics;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numeric functions: {@code round}, {@code trunc}, {@code ceil}/{@code ceiling},
 * {@code floor}, {@code abs}, {@code sign}, {@code sqrt}, {@code cbrt}, {@code power} /
 * {@code pow}, {@code exp}, {@code ln}, {@code log}, {@code log10}, {@code mod}, {@code div},
 * {@code pi}, {@code random}, {@code degrees}, {@code radians}. Float rounding is half to even
 * ({@code rint}), NUMERIC rounding half away from zero, as in PostgreSQL.
 */
final class MathFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.registerSimple("round", Signature.of(DOUBLE), (a, c) -> Math.rint((Double) a[0]));
        r.registerSimple("round", Signature.of(NUMERIC), (a, c) -> NumericOps.round(a[0], 0, RoundingMode.HALF_UP));
        r.registerSimple("round", Signature.of(NUMERIC, INTEGER), (a, c) ->
                NumericOps.round(a[0], (Integer) a[1], RoundingMode.HALF_UP));
        r.registerSimple("trunc", Signature.of(DOUBLE), (a, c) -> {
            double d = (Double) a[0];
            return d >= 0 ? Math.floor(d) : Math.ceil(d);
        });
        r.registerSimple("trunc", Signature.of(NUMERIC), (a, c) -> NumericOps.round(a[0], 0, RoundingMode.DOWN));
        r.registerSimple("trunc", Signature.of(NUMERIC, INTEGER), (a, c) ->
                NumericOps.round(a[0], (Integer) a[1], RoundingMode.DOWN));
        for (String name : new String[] {"ceil", "ceiling"}) {
            r.registerSimple(name, Signature.of(DOUBLE), (a, c) -> Math.ceil((Double) a[0]));
            r.registerSimple(name, Signature.of(NUMERIC), (a, c) -> NumericOps.ceil(a[0]));
        }
        r.registerSimple("floor", Signature.of(DOUBLE), (a, c) -> Math.floor((Double) a[0]));
        r.registerSimple("floor", Signature.of(NUMERIC), (a, c) -> NumericOps.floor(a[0]));

        r.registerSimple("abs", Signature.of(SMALLINT), (a, c) -> {
            short v = (Short) a[0];
            if (v == Short.MIN_VALUE) {
                throw SqlErrors.outOfRange("smallint");
            }
            return (short) Math.abs(v);
        });
        r.registerSimple("abs", Signature.of(INTEGER), (a, c) -> {
            int v = (Integer) a[0];
            if (v == Integer.MIN_VALUE) {
                throw SqlErrors.outOfRange("integer");
            }
            return Math.abs(v);
        });
        r.registerSimple("abs", Signature.of(BIGINT), (a, c) -> {
            long v = (Long) a[0];
            if (v == Long.MIN_VALUE) {
                throw SqlErrors.outOfRange("bigint");
            }
            return Math.abs(v);
        });
        r.registerSimple("abs", Signature.of(REAL), (a, c) -> Math.abs((Float) a[0]));
        r.registerSimple("abs", Signature.of(DOUBLE), (a, c) -> Math.abs((Double) a[0]));
        r.registerSimple("abs", Signature.of(NUMERIC), (a, c) -> NumericOps.abs(a[0]));
        r.registerSimple("sign", Signature.of(DOUBLE), (a, c) -> {
            double d = (Double) a[0];
            return Double.isNaN(d) ? d : d > 0 ? 1.0 : d < 0 ? -1.0 : 0.0;
        });
        r.registerSimple("sign", Signature.of(NUMERIC), (a, c) -> NumericOps.signOf(a[0]));

        r.registerSimple("sqrt", Signature.of(DOUBLE), (a, c) -> {
            double d = (Double) a[0];
            if (d < 0) {
                throw new FreshetException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                        "cannot take square root of a negative number");
            }
            return Math.sqrt(d);
        });
        r.registerSimple("sqrt", Signature.of(NUMERIC), (a, c) -> sqrt(a[0]));
        r.registerSimple("cbrt", Signature.of(DOUBLE), (a, c) -> Math.cbrt((Double) a[0]));
        for (String name : new String[] {"power", "pow"}) {
            r.registerSimple(name, Signature.of(DOUBLE, DOUBLE), (a, c) -> power((Double) a[0], (Double) a[1]));
            r.registerSimple(name, Signature.of(NUMERIC, NUMERIC), (a, c) -> powerNumeric(a[0], a[1]));
        }
        r.registerSimple("exp", Signature.of(DOUBLE), (a, c) -> {
            double d = (Double) a[0];
            double e = Math.exp(d);
            if (Double.isInfinite(e) && !Double.isInfinite(d)) {
                throw SqlErrors.floatOverflow();
            }
            if (e == 0 && !Double.isInfinite(d)) {
                throw SqlErrors.floatUnderflow();
            }
            return e;
        });
        r.registerSimple("exp", Signature.of(NUMERIC), (a, c) -> NumericMath.exp(a[0]));
        r.registerSimple("ln", Signature.of(DOUBLE), (a, c) -> log((Double) a[0], false));
        r.registerSimple("ln", Signature.of(NUMERIC), (a, c) -> NumericMath.ln(a[0]));
        for (String name : new String[] {"log", "log10"}) {
            r.registerSimple(name, Signature.of(DOUBLE), (a, c) -> log((Double) a[0], true));
            r.registerSimple(name, Signature.of(NUMERIC), (a, c) -> NumericMath.log10(a[0]));
        }
        r.registerSimple("log", Signature.of(NUMERIC, NUMERIC), (a, c) -> NumericMath.log(a[0], a[1]));

        r.registerSimple("mod", Signature.of(SMALLINT, SMALLINT), (a, c) -> {
            int d = (Short) a[1];
            if (d == 0) {
                throw SqlErrors.divisionByZero();
            }
            return (short) ((Short) a[0] % d);
        });
        r.registerSimple("mod", Signature.of(INTEGER, INTEGER), (a, c) -> {
            int d = (Integer) a[1];
            if (d == 0) {
                throw SqlErrors.divisionByZero();
            }
            return d == -1 ? 0 : (Integer) a[0] % d;
        });
        r.registerSimple("mod", Signature.of(BIGINT, BIGINT), (a, c) -> {
            long d = (Long) a[1];
            if (d == 0) {
                throw SqlErrors.divisionByZero();
            }
            return d == -1 ? 0L : (Long) a[0] % d;
        });
        r.registerSimple("mod", Signature.of(NUMERIC, NUMERIC), (a, c) -> NumericOps.mod(a[0], a[1]));
        r.registerSimple("div", Signature.of(NUMERIC, NUMERIC), (a, c) -> NumericOps.div(a[0], a[1]));
        r.registerSimple("pi", Signature.of(), (a, c) -> Math.PI);
        r.registerSimple("random", Signature.of().nondeterministic(), (a, c) -> c.random().nextDouble());
        r.registerSimple("degrees", Signature.of(DOUBLE), (a, c) -> Math.toDegrees((Double) a[0]));
        r.registerSimple("radians", Signature.of(DOUBLE), (a, c) -> Math.toRadians((Double) a[0]));
    }

    private static double log(double d, boolean base10) {
        if (d == 0) {
            throw new FreshetException(SqlState.INVALID_ARGUMENT_FOR_LOGARITHM, "cannot take logarithm of zero");
        }
        if (d < 0) {
            throw new FreshetException(SqlState.INVALID_ARGUMENT_FOR_LOGARITHM,
                    "cannot take logarithm of a negative number");
        }
        return base10 ? Math.log10(d) : Math.log(d);
    }

    /** PostgreSQL's {@code dpow}. */
    static double power(double x, double y) {
        if (x == 0 && y < 0) {
            throw new FreshetException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "zero raised to a negative power is undefined");
        }
        if (x < 0 && Math.floor(y) != y && !Double.isInfinite(y) && !Double.isNaN(y)) {
            throw new FreshetException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        if (Double.isNaN(x)) {
            return y == 0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1 ? 1.0 : y;
        }
        if (x == -1 && Double.isInfinite(y)) {
            return 1.0;
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw SqlErrors.floatOverflow();
        }
        if (r == 0 && x != 0 && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw SqlErrors.floatUnderflow();
        }
        return r;
    }

    private static Object sqrt(Object v) {
        if (v == NumericSpecial.NAN || v == NumericSpecial.POSITIVE_INFINITY) {
            return v;
        }
        if (v == NumericSpecial.NEGATIVE_INFINITY || ((BigDecimal) v).signum() < 0) {
            throw new FreshetException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "cannot take square root of a negative number");
        }
        BigDecimal d = (BigDecimal) v;
        int weight = d.signum() == 0 ? 0 : Numerics.weight(d);
        int sweight = (weight + 1) * 4 / 2 - 1;
        int rscale = Numerics.MIN_SIG_DIGITS - sweight;
        rscale = Math.min(Math.max(Math.max(rscale, d.scale()), 0), Numerics.MAX_DISPLAY_SCALE);
        if (d.signum() == 0) {
            return BigDecimal.ZERO.setScale(rscale);
        }
        int digits = Math.max(d.precision() - d.scale(), 1) / 2 + rscale + 10;
        return d.sqrt(new MathContext(digits, RoundingMode.HALF_EVEN)).setScale(rscale, RoundingMode.HALF_UP);
    }

    /** NUMERIC power: exact for integer exponents, else through exp(ln(x) * y). */
    private static Object powerNumeric(Object x, Object y) {
        if (x == NumericSpecial.NAN || y == NumericSpecial.NAN) {
            if (x instanceof BigDecimal && ((BigDecimal) x).compareTo(BigDecimal.ONE) == 0) {
                return BigDecimal.ONE;
            }
            if (y instanceof BigDecimal && ((BigDecimal) y).signum() == 0) {
                return BigDecimal.ONE;
            }
            return NumericSpecial.NAN;
        }
        if (!(x instanceof BigDecimal) || !(y instanceof BigDecimal)) {
            return NumericSpecial.NAN.equals(x) ? x : power(Numerics.toDouble(x), Numerics.toDouble(y)) > 0
                    ? NumericSpecial.POSITIVE_INFINITY : BigDecimal.ZERO;
        }
        return NumericMath.power((BigDecimal) x, (BigDecimal) y);
    }
}
