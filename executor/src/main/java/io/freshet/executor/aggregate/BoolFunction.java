package io.freshet.executor.aggregate;

import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * BOOL_AND / EVERY and BOOL_OR, retractable by counting TRUE and FALSE inputs. NULL for a
 * group without non-null input.
 */
final class BoolFunction extends AggregateFunction {
    private final boolean and;

    BoolFunction(boolean and) {
        this.and = and;
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(DataType.BIGINT, DataType.BIGINT);
    }

    @Override
    public void init(Object[] state, int at) {
        state[at] = 0L;
        state[at + 1] = 0L;
    }

    @Override
    public void add(Object[] state, int at, Object[] args, long weight) {
        Object v = args[0];
        if (v == null) {
            return;
        }
        int slot = (Boolean) v ? at : at + 1;
        state[slot] = (Long) state[slot] + weight;
    }

    @Override
    public Object result(Object[] state, int at) {
        long trues = (Long) state[at];
        long falses = (Long) state[at + 1];
        if (trues + falses == 0) {
            return null;
        }
        return and ? falses == 0 : trues > 0;
    }
}
