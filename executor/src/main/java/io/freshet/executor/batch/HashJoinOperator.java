package io.freshet.executor.batch;

import io.freshet.executor.chunk.ArrayRow;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.JoinedRow;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.plan.JoinKind;
import io.freshet.executor.plan.JoinNode;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.GroupKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch join: builds a hash table of the right input on its keys, then probes it with each
 * left row. Handles every {@link JoinKind}, null-safe keys and a residual condition; without
 * keys every right row is a candidate (nested loop).
 */
final class HashJoinOperator implements BatchOperator {
    private final BatchOperator left;
    private final BatchOperator right;
    private final JoinNode node;
    private final BatchContext ctx;
    private final DataType[] keyTypes;
    private final int leftWidth;
    private final int rightWidth;
    private MaterializedRows result;

    HashJoinOperator(BatchOperator left, BatchOperator right, JoinNode node, BatchContext ctx) {
        this.left = left;
        this.right = right;
        this.node = node;
        this.ctx = ctx;
        this.leftWidth = node.left().width();
        this.rightWidth = node.right().width();
        keyTypes = new DataType[node.leftKeys().size()];
        for (int i = 0; i < keyTypes.length; i++) {
            keyTypes[i] = node.left().types().get(node.leftKeys().get(i));
        }
    }

    @Override
    public Chunk next() {
        if (result == null) {
            result = new MaterializedRows(compute(), node.width());
        }
        return result.next();
    }

    /** The key of a row, or null when a non-null-safe key field is NULL (no match possible). */
    private GroupKey keyOf(Object[] row, List<Integer> keyFields) {
        Object[] key = new Object[keyFields.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = row[keyFields.get(i)];
            if (key[i] == null && !node.nullSafe().get(i)) {
                return null;
            }
        }
        return new GroupKey(key, keyTypes);
    }

    private List<Object[]> compute() {
        List<Object[]> rightRows = MaterializedRows.drain(right, ctx);
        Map<GroupKey, List<Integer>> table = new HashMap<>();
        for (int i = 0; i < rightRows.size(); i++) {
            GroupKey k = keyOf(rightRows.get(i), node.rightKeys());
            if (k != null) {
                table.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        boolean[] rightMatched = new boolean[rightRows.size()];
        JoinKind kind = node.kind();
        Expr residual = node.residual();
        JoinedRow joined = new JoinedRow(leftWidth, rightWidth);
        ArrayRow lv = new ArrayRow(null);
        ArrayRow rv = new ArrayRow(null);
        List<Object[]> out = new ArrayList<>();
        Chunk c;
        while ((c = left.next()) != null) {
            ctx.checkCanceled();
            for (int r = 0; r < c.size(); r++) {
                Object[] l = c.row(r);
                GroupKey k = keyOf(l, node.leftKeys());
                List<Integer> candidates = k == null ? List.of() : table.getOrDefault(k, List.of());
                boolean matched = false;
                for (int ri : candidates) {
                    Object[] rr = rightRows.get(ri);
                    if (residual != null
                            && !Boolean.TRUE.equals(residual.eval(joined.set(lv.set(l), rv.set(rr)), ctx.evalContext()))) {
                        continue;
                    }
                    matched = true;
                    rightMatched[ri] = true;
                    if (kind == JoinKind.SEMI || kind == JoinKind.ANTI) {
                        break;
                    }
                    out.add(concat(l, rr));
                }
                if (kind == JoinKind.SEMI && matched || kind == JoinKind.ANTI && !matched) {
                    out.add(l);
                } else if (!matched && kind.padsLeft()) {
                    out.add(concat(l, null));
                }
            }
        }
        if (kind.padsRight()) {
            for (int i = 0; i < rightRows.size(); i++) {
                if (!rightMatched[i]) {
                    Object[] row = new Object[leftWidth + rightWidth];
                    System.arraycopy(rightRows.get(i), 0, row, leftWidth, rightWidth);
                    out.add(row);
                }
            }
        }
        return out;
    }

    private Object[] concat(Object[] l, Object[] r) {
        Object[] row = new Object[leftWidth + rightWidth];
        System.arraycopy(l, 0, row, 0, leftWidth);
        if (r != null) {
            System.arraycopy(r, 0, row, leftWidth, rightWidth);
        }
        return row;
    }

    @Override
    public void close() {
        left.close();
        right.close();
    }
}
