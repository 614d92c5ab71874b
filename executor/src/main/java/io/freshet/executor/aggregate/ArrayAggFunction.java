package io.freshet.executor.aggregate;

import io.freshet.executor.plan.SortKey;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.ArrayValue;
import java.util.ArrayList;
import java.util.List;

/**
 * ARRAY_AGG(value [ORDER BY ...]): all values, NULLs included, as an array; NULL for an
 * empty group. Not retractable; inputs are replayed in the call's ORDER BY (else value) order.
 */
final class ArrayAggFunction extends AggregateFunction {
    private final DataType elementType;
    private final List<SortKey> order;

    ArrayAggFunction(DataType elementType, List<SortKey> order) {
        this.elementType = elementType;
        this.order = order;
    }

    @Override
    public List<DataType> stateTypes() {
        return List.of(DataType.array(elementType));
    }

    @Override
    public void init(Object[] state, int at) {
        state[at] = null;
    }

    @Override
    public void add(Object[] state, int at, Object[] args, long weight) {
        if (weight < 0) {
            throw new IllegalStateException("ARRAY_AGG cannot retract");
        }
        ArrayValue cur = (ArrayValue) state[at];
        List<Object> elems = new ArrayList<>();
        if (cur != null) {
            for (int i = 0; i < cur.length(); i++) {
                elems.add(cur.get(i));
            }
        }
        for (long i = 0; i < weight; i++) {
            elems.add(args[0]);
        }
        state[at] = ArrayValue.wrap(elems.toArray());
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
