package io.freshet.executor.aggregate;

import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.expr.function.FunctionRegistry;
import io.freshet.executor.expr.function.ScalarFunction;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.NumericSpecial;
import java.math.BigDecimal;
import java.util.List;

/**
 * AVG(x): NUMERIC for integer and NUMERIC input (computed with NUMERIC division, so
 * {@code avg(1, 2)} is {@code 1.5000000000000000} as in PostgreSQL), DOUBLE for floats; NULL
 * for a group without non-null input.
 */
final class AvgFunction extends AggregateFunction {
    private final boolean floatResult;
    private final ScalarFunction numericDivide;

    AvgFunction(DataType resultType) {
        this.floatResult = resultType.kind() == TypeKind.DOUBLE || resultType.kind() == TypeKind.REAL;
        this.numericDivide = floatResult ? null
                : FunctionRegistry.resolve("/", List.of(DataType.NUMERIC, DataType.NUMERIC), DataType.NUMERIC);
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
        long count = ExactSum.count(state, at);
        if (count == 0) {
            return null;
        }
        if (floatResult) {
            Object sum = ExactSum.numericSum(state, at);
            if (sum instanceof NumericSpecial) {
                return ExactSum.doubleSum(state, at);
            }
            return ((BigDecimal) sum).divide(BigDecimal.valueOf(count), java.math.MathContext.DECIMAL128)
                    .doubleValue();
        }
        Object sum = ExactSum.numericSum(state, at);
        if (sum instanceof NumericSpecial) {
            return sum;
        }
        return numericDivide.apply(new Object[] {sum, BigDecimal.valueOf(count)}, EvalContext.UTC);
    }
}
