package io.freshet.executor.aggregate;

import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * COUNT(*) (no arguments) and COUNT(x, ...) (rows where every argument is non-null).
 * Result BIGINT, 0 for an empty group.
 */
final class CountFunction extends AggregateFunction {
    @Override
    public List<DataType> stateTypes() {
        return List.of(DataType.BIGINT);
    }

    @Override
    public void init(Object[] state, int at) {
        state[at] = 0L;
    }

    @Override
    public void add(Object[] state, int at, Object[] args, long weight) {
        for (Object a : args) {
            if (a == null) {
                return;
            }
        }
        state[at] = (Long) state[at] + weight;
    }

    @Override
    public Object result(Object[] state, int at) {
        return state[at];
    }
}
