package io.freshet.executor.plan;

import java.util.List;

/**
 * Prints a plan tree for EXPLAIN, one node per line, inputs indented below their consumer,
 * optionally with each node's stream key.
 */
public final class PlanPrinter {
    private PlanPrinter() {
    }

    /** The plan as indented lines. */
    public static String explain(PlanNode plan, boolean withStreamKeys) {
        StringBuilder b = new StringBuilder();
        print(plan, 0, withStreamKeys, b);
        return b.toString();
    }

    private static void print(PlanNode node, int depth, boolean withKeys, StringBuilder b) {
        b.append("  ".repeat(depth)).append(node.describe());
        if (withKeys) {
            List<Integer> key = StreamKeys.derive(node);
            b.append(" key=").append(key == null ? "row" : key);
        }
        b.append('\n');
        for (PlanNode in : node.inputs()) {
            print(in, depth + 1, withKeys, b);
        }
    }
}
