package io.freshet.executor.aggregate;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.type.DataType;
import java.math.BigDecimal;
import java.util.List;

/**
 * SUM(x), with PostgreSQL's result types: BIGINT for SMALLINT/INTEGER input, NUMERIC for
 * BIGINT and NUMERIC input, REAL/DOUBLE for floats; NULL for a group without non-null input
 * (or 0 with {@code orZero}, Calcite's {@code $SUM0}). Kept as an exact sum, so retraction
 * is exact.
 */
final class SumFunction extends AggregateFunction {
    private final DataType resultType;
    private final boolean orZero;

    SumFunction(DataType resultType, boolean orZero) {
        this.resultType = resultType;
        this.orZero = orZero;
    }

    @Override
    public List<DataType> stateTypes() {
        return ExactSum.STATE_TYPES;
    }

    @Override
    public void init(Object[] state, int at) {
        ExactSum.init(state, at);
    }

    @Override
    public void add(Object[] state, int at, Object[] args, long weight) {
        ExactSum.add(state, at, args[0], weight);
    }

    @Override
    public Object result(Object[] state, int at) {
        if (ExactSum.count(state, at) == 0 && !orZero) {
            return null;
        }
        switch (resultType.kind()) {
            case SMALLINT:
            case INTEGER:
            case BIGINT: {
                BigDecimal sum = (BigDecimal) ExactSum.numericSum(state, at);
                try {
                    long v = sum.longValueExact();
                    switch (resultType.kind()) {
                        case SMALLINT:
                            if (v != (short) v) {
                                throw outOfRange("smallint");
                            }
                            return (short) v;
                        case INTEGER:
                            if (v != (int) v) {
                                throw outOfRange("integer");
                            }
                            return (int) v;
                        default:
                            return v;
                    }
                } catch (ArithmeticException e) {
                    throw outOfRange("bigint");
                }
            }
            case REAL:
                return (float) ExactSum.doubleSum(state, at);
            case DOUBLE:
                return ExactSum.doubleSum(state, at);
            case NUMERIC:
                return ExactSum.numericSum(state, at);
            default:
                throw new IllegalStateException("SUM cannot return " + resultType);
        }
    }

    private static FreshetException outOfRange(String type) {
        return new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, type + " out of range");
    }
}
