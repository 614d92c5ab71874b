package io.freshet.executor.aggregate;

import io.freshet.executor.plan.SortKey;
import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * An aggregate function for one call's argument types: how to start, update and finish its
 * per-group state. The state is a slice {@code [at, at + stateTypes().size())} of an
 * {@code Object[]} that holds the states of all calls of an aggregate, so that a group's state
 * serializes as one row.
 */
public abstract class AggregateFunction {
    /** Types of this function's state slots. */
    public abstract List<DataType> stateTypes();

    /** Writes the state of an empty group. */
    public abstract void init(Object[] state, int at);

    /**
     * Adds {@code weight} copies of one input row's argument values; a negative weight removes
     * them (only if {@link #isRetractable()}).
     */
    public abstract void add(Object[] state, int at, Object[] args, long weight);

    /** The aggregate's value for the state. */
    public abstract Object result(Object[] state, int at);

    /** Whether {@link #add} accepts negative weights. */
    public boolean isRetractable() {
        return true;
    }

    /**
     * For a non-retractable function: the order, over the argument fields (0 = first
     * argument), in which a stream aggregate keeps the group's input values and replays them.
     */
    public List<SortKey> inputOrder() {
        return List.of();
    }

    /** Whether the result depends only on the first input value in {@link #inputOrder()} (MIN, MAX). */
    public boolean needsOnlyFirstInput() {
        return false;
    }
}
