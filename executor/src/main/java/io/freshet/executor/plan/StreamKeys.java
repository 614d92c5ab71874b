package io.freshet.executor.plan;

import io.freshet.executor.expr.Expr;
import io.freshet.executor.expr.InputRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the stream key of a plan node: fields whose values identify a row uniquely among
 * the node's current output, or null when no such key is known (rows are then identified by
 * all their values, with a count of duplicates). An empty key means at most one row.
 */
public final class StreamKeys {
    private StreamKeys() {
    }

    /** The stream key of {@code node}'s output, or null. */
    public static List<Integer> derive(PlanNode node) {
        return node.accept(new Deriver());
    }

    private static final class Deriver implements PlanVisitor<List<Integer>> {
        @Override
        public List<Integer> visitScan(ScanNode node) {
            return node.keyColumns();
        }

        @Override
        public List<Integer> visitValues(ValuesNode node) {
            return node.rows().size() <= 1 ? List.of() : null;
        }

        @Override
        public List<Integer> visitGenerateSeries(GenerateSeriesNode node) {
            return List.of(0);
        }

        @Override
        public List<Integer> visitTimeWindow(TimeWindowNode node) {
            List<Integer> in = derive(node.input());
            if (in == null) {
                return null;
            }
            List<Integer> key = new ArrayList<>(in);
            key.add(node.input().width());
            return key;
        }

        @Override
        public List<Integer> visitFilter(FilterNode node) {
            return derive(node.input());
        }

        @Override
        public List<Integer> visitProject(ProjectNode node) {
            List<Integer> inKey = derive(node.input());
            if (inKey == null) {
                return null;
            }
            List<Integer> out = new ArrayList<>(inKey.size());
            for (int k : inKey) {
                int found = -1;
                List<Expr> exprs = node.exprs();
                for (int i = 0; i < exprs.size(); i++) {
                    if (exprs.get(i) instanceof InputRef && ((InputRef) exprs.get(i)).index() == k) {
                        found = i;
                        break;
                    }
                }
                if (found < 0) {
                    return null;
                }
                out.add(found);
            }
            return out;
        }

        @Override
        public List<Integer> visitUnion(UnionNode node) {
            return null;
        }

        @Override
        public List<Integer> visitAggregate(AggregateNode node) {
            List<Integer> key = new ArrayList<>();
            for (int i = 0; i < node.groupKeys().size(); i++) {
                key.add(i);
            }
            return key;
        }

        @Override
        public List<Integer> visitJoin(JoinNode node) {
            List<Integer> left = derive(node.left());
            if (!node.kind().projectsRight()) {
                return left;
            }
            if (node.kind() != JoinKind.INNER) {
                // A NULL-padded row could collide with a real match whose right key is NULL.
                return null;
            }
            List<Integer> right = derive(node.right());
            if (left == null || right == null) {
                return null;
            }
            List<Integer> key = new ArrayList<>(left);
            int shift = node.left().width();
            for (int r : right) {
                key.add(r + shift);
            }
            return key;
        }

        @Override
        public List<Integer> visitSort(SortNode node) {
            return derive(node.input());
        }

        @Override
        public List<Integer> visitTopN(TopNNode node) {
            return derive(node.input());
        }

        @Override
        public List<Integer> visitWindow(WindowNode node) {
            return derive(node.input());
        }

        @Override
        public List<Integer> visitMaterialize(MaterializeNode node) {
            return node.keyColumns();
        }
    }
}
