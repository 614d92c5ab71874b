package io.freshet.executor.aggregate;

import io.freshet.executor.plan.SortKey;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.ValueComparator;
import java.util.List;

/**
 * MIN(x) or MAX(x) in PostgreSQL's ordering (NaN is the largest float). Not retractable: a
 * stream aggregate keeps the group's values sorted so that deleting the current extreme finds
 * the next one.
 */
final class ExtremeFunction extends AggregateFunction {
    private final DataType type;
    private final boolean max;

    ExtremeFunction(DataType type, boolean max) {
        this.type = type;
        this.max = max;
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(type);
    }

    @Override
    public void init(Object[] state, int at) {
        state[at] = null;
    }

    @Override
    public void add(Object[] state, int at, Object[] args, long weight) {
        Object v = args[0];
        if (v == null) {
            return;
        }
        if (weight < 0) {
            throw new IllegalStateException((max ? "MAX" : "MIN") + " cannot retract");
        }
        Object cur = state[at];
        if (cur == null) {
            state[at] = v;
            return;
        }
        int c = ValueComparator.compare(v, cur, type);
        if (max ? c > 0 : c < 0) {
            state[at] = v;
        }
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
        // NULLs go last either way: they never count, and the first entry is the extreme.
        return List.of(new SortKey(0, max, false));
    }

    @Override
    public boolean needsOnlyFirstInput() {
        return true;
    }
}
