package io.freshet.executor.aggregate;

import io.freshet.executor.plan.SortKey;
import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * STRING_AGG(value, delimiter [ORDER BY ...]): non-null values joined, each but the first
 * preceded by its own row's delimiter (a NULL delimiter adds nothing); NULL when no value is
 * non-null. Not retractable; inputs are replayed in the call's ORDER BY (else value) order.
 */
final class StringAggFunction extends AggregateFunction {
    private final List<SortKey> order;

    StringAggFunction(List<SortKey> order) {
        this.order = order;
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(DataType.TEXT);
    }

    @Override
    public void init(Object[] state, int at) {
        state[at] = null;
    }

    @Override
    public void add(Object[] state, int at, Object[] args, long weight) {
        String v = (String) args[0];
        if (v == null) {
            return;
        }
        if (weight < 0) {
            throw new IllegalStateException("STRING_AGG cannot retract");
        }
        String delimiter = (String) args[1];
        StringBuilder b = new StringBuilder();
        String cur = (String) state[at];
        for (long i = 0; i < weight; i++) {
            if (cur != null || b.length() > 0 || i > 0) {
                if (delimiter != null) {
                    b.append(delimiter);
                }
            }
            b.append(v);
        }
        state[at] = cur == null ? b.toString() : cur + b;
    }

    @Override
    public Object result(Object[] state, int at) {
        return state[at];
    }

    @Override
    public boolean isRetractable() {
        return false;
    }

    @Override
    public List<SortKey> inputOrder() {
        return order.isEmpty() ? List.of(SortKey.asc(0)) : order;
    }
}
