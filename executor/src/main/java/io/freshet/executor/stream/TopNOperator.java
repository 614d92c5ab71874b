package io.freshet.executor.stream;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.codec.ByteReader;
import io.freshet.executor.codec.ByteWriter;
import io.freshet.executor.codec.KeyCodec;
import io.freshet.executor.codec.RowCodec;
import io.freshet.executor.plan.SortKey;
import io.freshet.executor.plan.TopNNode;
import io.freshet.executor.state.ByteKey;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.ValueComparator;
import io.freshet.storage.StateIterator;
import io.freshet.storage.StateTable;
import io.freshet.storage.keys.KeyWriter;
import io.freshet.storage.keys.SortOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Incremental top-N, globally or per group. All rows of a group live in the state table in
 * ORDER BY order (key: group key, sort values, the whole row; value: count and row). When a
 * group is first touched in an epoch its current top rows are remembered; at the epoch's end
 * the new top rows are read and only the difference is emitted (with row numbers, when the
 * output has them, rows whose position moved are updated too).
 */
public final class TopNOperator extends StreamOperator {
    private final TopNNode node;
    private final List<DataType> types;
    private final StateTable table;
    private final RowCodec codec;
    private final List<DataType> outputTypes;
    private final KeyWriter keyWriter = new KeyWriter();
    private final KeyWriter outKeyWriter = new KeyWriter();
    private final ByteWriter valueWriter = new ByteWriter();
    private final Map<ByteKey, List<Object[]>> oldTops = new LinkedHashMap<>();

    public TopNOperator(TopNNode node, IntFunction<StateTable> tables) {
        super("TopN");
        this.node = node;
        this.types = node.input().types();
        this.table = tables.apply(node.stateTableId());
        this.codec = new RowCodec(types);
        this.outputTypes = node.types();
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            Object[] row = chunk.row(i);
            byte[] group = KeyCodec.encode(keyWriter, row, node.groupKeys(), types);
            ByteKey gk = new ByteKey(group);
            if (!oldTops.containsKey(gk)) {
                oldTops.put(gk, top(group));
            }
            byte[] key = entryKey(group, row);
            byte[] stored = table.get(key);
            long count = (stored == null ? 0 : new ByteReader(stored).readVarInt()) + chunk.weight(i);
            if (count <= 0) {
                table.delete(key);
            } else {
                valueWriter.reset();
                valueWriter.writeVarInt(count);
                codec.write(valueWriter, row);
                table.put(key, valueWriter.toByteArray());
            }
        }
    }

    private byte[] entryKey(byte[] group, Object[] row) {
        keyWriter.reset();
        keyWriter.writeEncoded(group);
        for (SortKey k : node.order()) {
            KeyCodec.write(keyWriter, row[k.column()], types.get(k.column()), SortOrder.of(k.descending(), k.nullsFirst()));
        }
        for (int c = 0; c < row.length; c++) {
            KeyCodec.write(keyWriter, row[c], types.get(c), SortOrder.ASC);
        }
        return keyWriter.toByteArray();
    }

    /**
     * The group's output rows now: those ranked offset+1 .. offset+limit (rank as the node's rank
     * function defines it), with their rank appended if asked.
     */
    private List<Object[]> top(byte[] group) {
        List<Object[]> out = new ArrayList<>();
        long first = node.offset() + 1;
        long last = node.offset() + node.limit();
        String rankFunction = node.rankFunction();
        long position = 0;
        long rank = 0;
        Object[] previous = null;
        try (StateIterator it = table.scanPrefix(group)) {
            while (it.next()) {
                ByteReader r = new ByteReader(it.value());
                long count = r.readVarInt();
                Object[] row = codec.read(r);
                boolean tied = previous != null && sameOrderKey(previous, row);
                for (long k = 0; k < count; k++) {
                    position++;
                    if (rankFunction.equals("row_number")) {
                        rank = position;
                    } else if (!(tied || k > 0)) {
                        rank = rankFunction.equals("rank") ? position : rank + 1;
                    }
                    if (rank > last) {
                        return out;
                    }
                    if (rank >= first) {
                        if (node.appendRowNumber()) {
                            Object[] numbered = Arrays.copyOf(row, row.length + 1);
                            numbered[row.length] = rank;
                            out.add(numbered);
                        } else {
                            out.add(row);
                        }
                    }
                }
                previous = row;
            }
        }
        return out;
    }

    private boolean sameOrderKey(Object[] a, Object[] b) {
        for (SortKey k : node.order()) {
            int c = k.column();
            if (ValueComparator.compareNullable(a[c], b[c], types.get(c), false) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void onStepEnd() {
        if (oldTops.isEmpty()) {
            return;
        }
        ChunkBuilder out = new ChunkBuilder(node.width());
        for (Map.Entry<ByteKey, List<Object[]>> e : oldTops.entrySet()) {
            List<Object[]> before = e.getValue();
            List<Object[]> after = top(e.getKey().bytes());
            Map<ByteKey, Object[]> rows = new LinkedHashMap<>();
            Map<ByteKey, Integer> delta = new LinkedHashMap<>();
            for (Object[] r : before) {
                ByteKey k = new ByteKey(KeyCodec.encodeAll(outKeyWriter, r, outputTypes));
                rows.putIfAbsent(k, r);
                delta.merge(k, -1, Integer::sum);
            }
            for (Object[] r : after) {
                ByteKey k = new ByteKey(KeyCodec.encodeAll(outKeyWriter, r, outputTypes));
                rows.putIfAbsent(k, r);
                delta.merge(k, 1, Integer::sum);
            }
            for (Map.Entry<ByteKey, Integer> d : delta.entrySet()) {
                if (d.getValue() != 0) {
                    out.add(rows.get(d.getKey()), d.getValue());
                }
            }
        }
        oldTops.clear();
        emit(out.build());
    }

    @Override
    public List<StateTable> stateTables() {
        return List.of(table);
    }
}
