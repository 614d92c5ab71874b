package io.freshet.executor.expr;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.function.FunctionRegistry;
import io.freshet.executor.expr.function.ScalarFunction;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.Interval;
import io.freshet.executor.value.ValueComparator;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The values of {@code generate_series(start, stop, step)} in order, computed one at a time:
 * integers with long arithmetic, numerics exactly, timestamps by adding an interval. A zero step
 * is an error (22023), as in PostgreSQL.
 */
public final class SeriesValues implements Iterator<Object> {
    private final DataType type;
    private final Object stop;
    private final Object step;
    private final boolean ascending;
    private final ScalarFunction plus;
    private final EvalContext ctx;
    private Object next;

    /** The series; any NULL bound gives no rows. */
    public SeriesValues(DataType type, Object start, Object stop, Object step, EvalContext ctx) {
        this.type = type;
        this.stop = stop;
        this.ctx = ctx;
        if (start == null || stop == null || (step == null && type.kind() == TypeKind.TIMESTAMP)) {
            this.step = null;
            this.ascending = true;
            this.plus = null;
            this.next = null;
            return;
        }
        this.step = step != null ? step : one(type);
        int sign = signOf(this.step);
        if (sign == 0) {
            throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
        this.ascending = sign > 0;
        DataType stepType = this.step instanceof Interval ? DataType.INTERVAL : type;
        this.plus = FunctionRegistry.resolve("+", java.util.List.of(type, stepType), type);
        this.next = inRange(start) ? start : null;
    }

    private static Object one(DataType t) {
        switch (t.kind()) {
            case SMALLINT:
                return (short) 1;
            case INTEGER:
                return 1;
            case BIGINT:
                return 1L;
            default:
                return BigDecimal.ONE;
        }
    }

    private static int signOf(Object step) {
        if (step instanceof Interval) {
            return ((Interval) step).compareTo(Interval.ZERO);
        }
        if (step instanceof BigDecimal) {
            return ((BigDecimal) step).signum();
        }
        return Long.signum(((Number) step).longValue());
    }

    private boolean inRange(Object v) {
        int c = ValueComparator.compare(v, stop, type);
        return ascending ? c <= 0 : c >= 0;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Object next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Object current = next;
        Object following;
        try {
            following = plus.apply(new Object[] {current, step}, ctx);
        } catch (FreshetException overflow) {
            following = null;
        }
        next = following != null && inRange(following) ? following : null;
        return current;
    }
}
