package io.freshet.executor.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Rewrites a plan tree bottom-up: each node's inputs first, then the node itself. */
public final class PlanRewriter {
    private PlanRewriter() {
    }

    /** Applies {@code f} to every node, children before parents. */
    public static PlanNode bottomUp(PlanNode node, UnaryOperator<PlanNode> f) {
        List<PlanNode> newInputs = new ArrayList<>(node.inputs().size());
        boolean changed = false;
        for (PlanNode in : node.inputs()) {
            PlanNode n = bottomUp(in, f);
            changed |= n != in;
            newInputs.add(n);
        }
        PlanNode self = changed ? node.withInputs(newInputs) : node;
        return f.apply(self);
    }
}
