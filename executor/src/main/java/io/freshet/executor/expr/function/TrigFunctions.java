package io.freshet.executor.expr.function;

import static io.freshet.executor.type.TypeKind.DOUBLE;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.util.function.DoubleUnaryOperator;

/**
 * Trigonometric functions on double precision, in radians ({@code sin}, {@code cos},
 * {@code tan}, {@code cot}, {@code asin}, {@code acos}, {@code atan}, {@code atan2}) and in
 * degrees ({@code sind}, {@code cosd}, {@code tand}, {@code cotd}, {@code asind},
 * {@code acosd}, {@code atand}, {@code atan2d}, exact at multiples of 30 and 45 degrees as in
 * PostgreSQL), plus the hyperbolic ones.
 */
final class TrigFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        unary(r, "sin", x -> checkInput(x, Math::sin));
        unary(r, "cos", x -> checkInput(x, Math::cos));
        unary(r, "tan", x -> checkInput(x, Math::tan));
        unary(r, "cot", x -> checkInput(x, v -> 1.0 / Math.tan(v)));
        unary(r, "asin", x -> inUnitRange(x, Math::asin));
        unary(r, "acos", x -> inUnitRange(x, Math::acos));
        unary(r, "atan", Math::atan);
        unary(r, "sinh", Math::sinh);
        unary(r, "cosh", Math::cosh);
        unary(r, "tanh", Math::tanh);
        unary(r, "sind", x -> checkInput(x, v -> exactDegrees(Math.sin(Math.toRadians(reduce(v))))));
        unary(r, "cosd", x -> checkInput(x, v -> exactDegrees(Math.cos(Math.toRadians(reduce(v))))));
        unary(r, "tand", x -> checkInput(x, TrigFunctions::tand));
        unary(r, "cotd", x -> checkInput(x, v -> {
            double t = tand(v);
            return t == 0 ? Double.POSITIVE_INFINITY : exactDegrees(1.0 / t);
        }));
        unary(r, "asind", x -> inUnitRange(x, v -> exactDegrees(Math.toDegrees(Math.asin(v)))));
        unary(r, "acosd", x -> inUnitRange(x, v -> exactDegrees(Math.toDegrees(Math.acos(v)))));
        unary(r, "atand", x -> exactDegrees(Math.toDegrees(Math.atan(x))));
        r.registerSimple("atan2", Signature.of(DOUBLE, DOUBLE), (a, c) -> Math.atan2((Double) a[0], (Double) a[1]));
        r.registerSimple("atan2d", Signature.of(DOUBLE, DOUBLE), (a, c) ->
                exactDegrees(Math.toDegrees(Math.atan2((Double) a[0], (Double) a[1]))));
    }

    private static void unary(FunctionRegistry r, String name, DoubleUnaryOperator f) {
        r.registerSimple(name, Signature.of(DOUBLE), (a, c) -> f.applyAsDouble((Double) a[0]));
    }

    private static double checkInput(double x, DoubleUnaryOperator f) {
        if (Double.isInfinite(x)) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
        }
        return f.applyAsDouble(x);
    }

    private static double inUnitRange(double x, DoubleUnaryOperator f) {
        if (x < -1 || x > 1) {
            throw new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
        }
        return f.applyAsDouble(x);
    }

    private static double reduce(double deg) {
        return deg % 360.0;
    }

    private static double tand(double v) {
        double d = reduce(v);
        double m = Math.abs(d) % 180.0;
        if (m == 0) {
            return Math.copySign(0.0, d) == 0.0 ? 0.0 : 0.0;
        }
        if (m == 90) {
            return Math.signum(d) * (Math.abs(d) % 360 == 90 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        }
        return exactDegrees(Math.tan(Math.toRadians(d)));
    }

    /** Snaps results within a few ulps of a simple value (0, ±0.5, ±1, multiples of 15 degrees). */
    private static double exactDegrees(double v) {
        double[] exact = {0, 0.5, -0.5, 1, -1, 30, 45, 60, 90, 120, 135, 150, 180, -30, -45, -60, -90, -120, -135,
            -150, -180};
        for (double e : exact) {
            if (Math.abs(v - e) < 1e-12 * Math.max(1, Math.abs(e))) {
                return e == 0 ? 0.0 : e;
            }
        }
        return v;
    }
}
