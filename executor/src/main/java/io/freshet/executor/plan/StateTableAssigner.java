package io.freshet.executor.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Gives every stateful node of a stream plan (aggregates and their calls that keep state,
 * joins, top-N, materialize) fresh state table ids from the catalog's id allocator.
 */
public final class StateTableAssigner {
    private StateTableAssigner() {
    }

    /** The plan with ids assigned; nodes that already have ids keep them. */
    public static PlanNode assign(PlanNode plan, IntSupplier newId) {
        return PlanRewriter.bottomUp(plan, node -> {
            if (node instanceof AggregateNode) {
                AggregateNode a = (AggregateNode) node;
                List<AggCall> calls = new ArrayList<>();
                for (AggCall c : a.calls()) {
                    calls.add(c.stateTableId() == 0 ? c.withStateTableId(newId.getAsInt()) : c);
                }
                return a.withStateTables(a.stateTableId() == 0 ? newId.getAsInt() : a.stateTableId(), calls);
            }
            if (node instanceof JoinNode) {
                JoinNode j = (JoinNode) node;
                if (j.leftStateTableId() == 0) {
                    return j.withStateTables(newId.getAsInt(), newId.getAsInt());
                }
                return j;
            }
            if (node instanceof TopNNode) {
                TopNNode t = (TopNNode) node;
                return t.stateTableId() == 0 ? t.withStateTable(newId.getAsInt()) : t;
            }
            if (node instanceof MaterializeNode) {
                MaterializeNode m = (MaterializeNode) node;
                return m.stateTableId() == 0 ? m.withStateTable(newId.getAsInt()) : m;
            }
            return node;
        });
    }

    /** Every state table id used by the plan (to drop them with the view). */
    public static List<Integer> stateTables(PlanNode plan) {
        List<Integer> ids = new ArrayList<>();
        PlanRewriter.bottomUp(plan, node -> {
            if (node instanceof AggregateNode) {
                ids.add(((AggregateNode) node).stateTableId());
                for (AggCall c : ((AggregateNode) node).calls()) {
                    ids.add(c.stateTableId());
                }
            } else if (node instanceof JoinNode) {
                ids.add(((JoinNode) node).leftStateTableId());
                ids.add(((JoinNode) node).rightStateTableId());
            } else if (node instanceof TopNNode) {
                ids.add(((TopNNode) node).stateTableId());
            } else if (node instanceof MaterializeNode) {
                ids.add(((MaterializeNode) node).stateTableId());
            }
            return node;
        });
        ids.removeIf(id -> id == 0);
        return ids;
    }
}
