package io.freshet.executor.expr.function;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;

/** The errors scalar functions raise, worded and coded as PostgreSQL does. */
final class SqlErrors {
    private SqlErrors() {
    }

    static FreshetException outOfRange(String typeName) {
        return new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, typeName + " out of range");
    }

    static FreshetException divisionByZero() {
        return new FreshetException(SqlState.DIVISION_BY_ZERO, "division by zero");
    }

    static FreshetException floatOverflow() {
        return new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
    }

    static FreshetException floatUnderflow() {
        return new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
    }

    static FreshetException invalidParameter(String message) {
        return new FreshetException(SqlState.INVALID_PARAMETER_VALUE, message);
    }

    static FreshetException notSupported(String message) {
        return new FreshetException(SqlState.FEATURE_NOT_SUPPORTED, message);
    }

    static FreshetException intervalOutOfRange() {
        return new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
    }

    static FreshetException dateOutOfRange() {
        return new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range");
    }

    static FreshetException timestampOutOfRange() {
        return new FreshetException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
    }

    /** Checks a float8 result for overflow and underflow as PostgreSQL's {@code float_overflow_error} & co. */
    static double checkFloat(double r, boolean infAllowed, boolean zeroAllowed) {
        if (Double.isInfinite(r) && !infAllowed) {
            throw floatOverflow();
        }
        if (r == 0.0 && !zeroAllowed) {
            throw floatUnderflow();
        }
        return r;
    }

    /** Same for float4. */
    static float checkFloat(float r, boolean infAllowed, boolean zeroAllowed) {
        if (Float.isInfinite(r) && !infAllowed) {
            throw floatOverflow();
        }
        if (r == 0.0f && !zeroAllowed) {
            throw floatUnderflow();
        }
        return r;
    }
}
