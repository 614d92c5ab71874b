package io.freshet.executor.stream;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.state.ByteKey;
import io.freshet.executor.state.RelationLayout;
import io.freshet.storage.StateTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a materialized view's rows and passes their changes on. Changes are collected over
 * the epoch and consolidated per storage key at its end (so {@code +new, -old} of an update
 * may arrive in any order), then written to the view's state table and emitted, net, to the
 * views defined on this one.
 */
public final class MaterializeOperator extends StreamOperator {
    private static final Logger LOG = LoggerFactory.getLogger(MaterializeOperator.class);

    private final StateTable table;
    private final RelationLayout layout;
    private final int width;
    private final List<Chunk> pending = new ArrayList<>();

    public MaterializeOperator(String viewName, StateTable table, RelationLayout layout) {
        super("Materialize(" + viewName + ")");
        this.table = table;
        this.layout = layout;
        this.width = layout.types().size();
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        pending.add(chunk);
    }

    @Override
    public void onStepEnd() {
        if (pending.isEmpty()) {
            return;
        }
        // storage key -> the changes to rows with that key, in arrival order
        Map<ByteKey, List<Object[]>> rowsByKey = new LinkedHashMap<>();
        Map<ByteKey, List<Integer>> weightsByKey = new LinkedHashMap<>();
        for (Chunk c : pending) {
            for (int i = 0; i < c.size(); i++) {
                Object[] row = c.row(i);
                ByteKey k = new ByteKey(layout.keyOf(row));
                rowsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
                weightsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c.weight(i));
            }
        }
        pending.clear();
        ChunkBuilder out = new ChunkBuilder(width, rowsByKey.size() * 2);
        for (Map.Entry<ByteKey, List<Object[]>> e : rowsByKey.entrySet()) {
            if (layout.kind() == RelationLayout.Kind.COUNTED) {
                applyCounted(e.getKey(), e.getValue(), weightsByKey.get(e.getKey()), out);
            } else {
                applyKeyed(e.getKey(), e.getValue(), weightsByKey.get(e.getKey()), out);
            }
        }
        emit(out.build());
    }

    private void applyCounted(ByteKey key, List<Object[]> rows, List<Integer> weights, ChunkBuilder out) {
        long delta = 0;
        for (int w : weights) {
            delta += w;
        }
        if (delta == 0) {
            return;
        }
        byte[] old = table.get(key.bytes());
        long count = (old == null ? 0 : layout.countOf(old)) + delta;
        Object[] row = old == null ? rows.get(0) : layout.rowOf(old);
        if (count < 0) {
            LOG.error("{}: row {} would have {} copies; keeping none", name(), Arrays.toString(row), count);
            count = 0;
            delta = -(old == null ? 0 : layout.countOf(old));
        }
        if (count == 0) {
            table.delete(key.bytes());
        } else {
            table.put(key.bytes(), layout.countedValueOf(count, row));
        }
        if (delta != 0) {
            out.add(row, (int) delta);
        }
    }

    private void applyKeyed(ByteKey key, List<Object[]> rows, List<Integer> weights, ChunkBuilder out) {
        // net weight per distinct row: changes that cancel out within the epoch disappear
        List<Object[]> distinct = new ArrayList<>();
        List<Integer> net = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int at = -1;
            for (int j = 0; j < distinct.size(); j++) {
                if (Arrays.equals(distinct.get(j), rows.get(i))) {
                    at = j;
                    break;
                }
            }
            if (at < 0) {
                distinct.add(rows.get(i));
                net.add(weights.get(i));
            } else {
                net.set(at, net.get(at) + weights.get(i));
            }
        }
        byte[] oldValue = table.get(key.bytes());
        Object[] old = oldValue == null ? null : layout.rowOf(oldValue);
        Object[] current = old;
        // deletions first, then insertions: the order within the epoch does not matter
        for (int i = 0; i < distinct.size(); i++) {
            if (net.get(i) < 0) {
                if (current != null && Arrays.equals(current, distinct.get(i))) {
                    current = null;
                } else {
                    LOG.warn("{}: deleting a row that is not there: {}", name(), Arrays.toString(distinct.get(i)));
                }
            }
        }
        for (int i = 0; i < distinct.size(); i++) {
            if (net.get(i) > 0) {
                if (current != null && !Arrays.equals(current, distinct.get(i))) {
                    LOG.warn("{}: two rows with one key; keeping the later: {}", name(),
                            Arrays.toString(distinct.get(i)));
                }
                current = distinct.get(i);
            }
        }
        if (old == null ? current == null : current != null && Arrays.equals(old, current)) {
            return;
        }
        if (old != null) {
            out.add(old, -1);
        }
        if (current == null) {
            table.delete(key.bytes());
        } else {
            table.put(key.bytes(), layout.valueOf(current));
            out.add(current, 1);
        }
    }

    @Override
    public List<StateTable> stateTables() {
        return List.of(table);
    }
}
