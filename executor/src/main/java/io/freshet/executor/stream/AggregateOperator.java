package io.freshet.executor.stream;

import io.freshet.executor.aggregate.AggregateFunction;
import io.freshet.executor.aggregate.AggregateFunctions;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.codec.ByteReader;
import io.freshet.executor.codec.ByteWriter;
import io.freshet.executor.codec.KeyCodec;
import io.freshet.executor.codec.RowCodec;
import io.freshet.executor.plan.AggCall;
import io.freshet.executor.plan.AggregateNode;
import io.freshet.executor.plan.SortKey;
import io.freshet.executor.state.ByteKey;
import io.freshet.executor.type.DataType;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incremental GROUP BY. Each group's state row (its key values, a count of input rows, the
 * retractable functions' states, and the last emitted results) lives in the group state
 * table; inserts accumulate and deletes retract. Functions that cannot retract (MIN, MAX,
 * STRING_AGG, ARRAY_AGG) keep the group's input values sorted in their own state table and are
 * recomputed from it when it changes, so deleting the current maximum yields the next one.
 * DISTINCT calls count each argument tuple and pass on only a tuple's first appearance and
 * last disappearance.
 *
 * <p>Changed groups are collected over the epoch; at its end each emits {@code -old, +new}
 * only if its output row really changed, a group whose row count drops to zero is retracted,
 * and a global aggregate (no GROUP BY) always has exactly one row.
 */
public final class AggregateOperator extends StreamOperator {
    private static final Logger LOG = LoggerFactory.getLogger(AggregateOperator.class);

    private final AggregateNode node;
    private final List<DataType> inputTypes;
    private final StateTable groupTable;
    private final StateTable[] callTables;
    private final AggregateFunction[] functions;
    private final int[] stateOffsets;
    private final int[][] argFields;
    private final List<List<DataType>> argTypes = new ArrayList<>();
    private final RowCodec[] multisetCodecs;
    private final RowCodec groupCodec;
    private final int keyWidth;
    private final int countSlot;
    private final int statesStart;
    private final int resultsStart;
    private final KeyWriter keyWriter = new KeyWriter();
    private final ByteWriter byteWriter = new ByteWriter();
    private final Map<ByteKey, Group> dirty = new LinkedHashMap<>();
    private boolean globalRowChecked;

    /** A group touched in this epoch: its state row and its output before the epoch. */
    private static final class Group {
        final byte[] key;
        final Object[] row;
        final Object[] oldOutput;
        final boolean[] callChanged;

        Group(byte[] key, Object[] row, Object[] oldOutput, int calls) {
            this.key = key;
            this.row = row;
            this.oldOutput = oldOutput;
            this.callChanged = new boolean[calls];
        }
    }

    /**
     * @param tables opens the state table with a given id
     */
    public AggregateOperator(AggregateNode node, IntFunction<StateTable> tables) {
        super("Aggregate" + node.groupKeys());
        this.node = node;
        this.inputTypes = node.input().types();
        this.groupTable = tables.apply(node.stateTableId());
        int calls = node.calls().size();
        functions = new AggregateFunction[calls];
        stateOffsets = new int[calls];
        argFields = new int[calls][];
        callTables = new StateTable[calls];
        multisetCodecs = new RowCodec[calls];
        keyWidth = node.groupKeys().size();
        countSlot = keyWidth;
        statesStart = keyWidth + 1;
        List<DataType> rowTypes = new ArrayList<>();
        for (int k : node.groupKeys()) {
            rowTypes.add(inputTypes.get(k));
        }
        rowTypes.add(DataType.BIGINT);
        int offset = statesStart;
        for (int c = 0; c < calls; c++) {
            AggCall call = node.calls().get(c);
            functions[c] = AggregateFunctions.create(call, inputTypes);
            stateOffsets[c] = offset;
            offset += functions[c].stateTypes().size();
            rowTypes.addAll(functions[c].stateTypes());
            List<Integer> fields = AggregateFunctions.argumentFields(call);
            argFields[c] = fields.stream().mapToInt(Integer::intValue).toArray();
            List<DataType> types = new ArrayList<>();
            for (int f : fields) {
                types.add(inputTypes.get(f));
            }
            argTypes.add(types);
            if (!functions[c].isRetractable() || call.distinct()) {
                callTables[c] = tables.apply(call.stateTableId());
                multisetCodecs[c] = new RowCodec(types);
            }
        }
        resultsStart = offset;
        for (AggCall call : node.calls()) {
            rowTypes.add(call.type());
        }
        groupCodec = new RowCodec(rowTypes);
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            Object[] in = chunk.row(i);
            int weight = chunk.weight(i);
            Group g = group(in);
            g.row[countSlot] = (Long) g.row[countSlot] + weight;
            for (int c = 0; c < functions.length; c++) {
                accumulate(g, c, in, weight);
            }
        }
    }

    private Group group(Object[] in) {
        byte[] key = KeyCodec.encode(keyWriter, in, node.groupKeys(), inputTypes);
        ByteKey bk = new ByteKey(key);
        Group g = dirty.get(bk);
        if (g == null) {
            Object[] keyValues = new Object[keyWidth];
            for (int k = 0; k < keyWidth; k++) {
                keyValues[k] = in[node.groupKeys().get(k)];
            }
            g = load(key, keyValues);
            dirty.put(bk, g);
        }
        return g;
    }

    /** The stored group, or a fresh empty one. */
    private Group load(byte[] key, Object[] keyValues) {
        byte[] stored = groupTable.get(key);
        if (stored != null) {
            Object[] row = groupCodec.decode(stored);
            return new Group(key, row, output(row), functions.length);
        }
        Object[] row = new Object[groupCodec.width()];
        System.arraycopy(keyValues, 0, row, 0, keyWidth);
        row[countSlot] = 0L;
        for (int c = 0; c < functions.length; c++) {
            functions[c].init(row, stateOffsets[c]);
        }
        return new Group(key, row, null, functions.length);
    }

    private void accumulate(Group g, int c, Object[] in, int weight) {
        AggCall call = node.calls().get(c);
        if (call.filterArg() >= 0 && !Boolean.TRUE.equals(in[call.filterArg()])) {
            return;
        }
        int[] fields = argFields[c];
        Object[] args = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            args[i] = in[fields[i]];
        }
        AggregateFunction f = functions[c];
        if (!f.isRetractable()) {
            updateMultiset(g, c, args, weight);
            g.callChanged[c] = true;
            return;
        }
        if (call.distinct()) {
            long before = updateMultiset(g, c, args, weight);
            long after = before + weight;
            if (before <= 0 && after > 0) {
                f.add(g.row, stateOffsets[c], args, 1);
            } else if (before > 0 && after <= 0) {
                f.add(g.row, stateOffsets[c], args, -1);
            }
            return;
        }
        f.add(g.row, stateOffsets[c], args, weight);
    }

    /** Adds {@code weight} to the count of {@code args} in the call's table; returns the old count. */
    private long updateMultiset(Group g, int c, Object[] args, int weight) {
        byte[] key = multisetKey(g.key, c, args);
        StateTable t = callTables[c];
        byte[] stored = t.get(key);
        long before = stored == null ? 0 : new ByteReader(stored).readVarInt();
        long after = before + weight;
        if (after <= 0) {
            if (after < 0) {
                LOG.error("{}: negative count for {}", name(), Arrays.toString(args));
            }
            t.delete(key);
        } else {
            // value: the count, then the argument values (exact, unlike the key's canonical form)
            byteWriter.reset();
            byteWriter.writeVarInt(after);
            multisetCodecs[c].write(byteWriter, args);
            t.put(key, byteWriter.toByteArray());
        }
        return before;
    }

    /** Group key, then the values in the function's input order, then all arguments. */
    private byte[] multisetKey(byte[] groupKey, int c, Object[] args) {
        keyWriter.reset();
        keyWriter.writeEncoded(groupKey);
        List<DataType> types = argTypes.get(c);
        if (!node.calls().get(c).distinct() || !functions[c].isRetractable()) {
            for (SortKey k : functions[c].inputOrder()) {
                KeyCodec.write(keyWriter, args[k.column()], types.get(k.column()),
                        SortOrder.of(k.descending(), k.nullsFirst()));
            }
        }
        int n = node.calls().get(c).distinct() ? node.calls().get(c).args().size() : args.length;
        for (int i = 0; i < n; i++) {
            KeyCodec.write(keyWriter, args[i], types.get(i), SortOrder.ASC);
        }
        return keyWriter.toByteArray();
    }

    @Override
    public void onStepEnd() {
        if (node.isGlobal() && !globalRowChecked) {
            globalRowChecked = true;
            byte[] key = new byte[0];
            ByteKey bk = new ByteKey(key);
            if (!dirty.containsKey(bk)) {
                dirty.put(bk, load(key, new Object[0]));
            }
        }
        if (dirty.isEmpty()) {
            return;
        }
        ChunkBuilder out = new ChunkBuilder(node.width(), dirty.size() * 2);
        for (Group g : dirty.values()) {
            long count = (Long) g.row[countSlot];
            if (count < 0) {
                LOG.error("{}: group has {} rows", name(), count);
            }
            if (count <= 0 && !node.isGlobal()) {
                if (g.oldOutput != null) {
                    out.add(g.oldOutput, -1);
                    groupTable.delete(g.key);
                }
                continue;
            }
            for (int c = 0; c < functions.length; c++) {
                Object result;
                if (functions[c].isRetractable()) {
                    result = functions[c].result(g.row, stateOffsets[c]);
                } else if (g.callChanged[c] || g.oldOutput == null) {
                    result = recompute(g, c);
                } else {
                    result = g.row[resultsStart + c];
                }
                g.row[resultsStart + c] = result;
            }
            Object[] newOutput = output(g.row);
            groupTable.put(g.key, groupCodec.encode(g.row));
            if (g.oldOutput != null && Arrays.equals(g.oldOutput, newOutput)) {
                continue;
            }
            if (g.oldOutput != null) {
                out.add(g.oldOutput, -1);
            }
            out.add(newOutput, 1);
        }
        dirty.clear();
        emit(out.build());
    }

    /** A non-retractable call's result, replaying the group's stored inputs in order. */
    private Object recompute(Group g, int c) {
        AggregateFunction f = functions[c];
        Object[] state = new Object[stateOffsets[c] + f.stateTypes().size()];
        f.init(state, stateOffsets[c]);
        boolean distinct = node.calls().get(c).distinct();
        try (StateIterator it = callTables[c].scanPrefix(g.key)) {
            while (it.next()) {
                ByteReader r = new ByteReader(it.value());
                long count = r.readVarInt();
                Object[] args = multisetCodecs[c].read(r);
                f.add(state, stateOffsets[c], args, distinct ? 1 : count);
                if (f.needsOnlyFirstInput() && state[stateOffsets[c]] != null) {
                    break;
                }
            }
        }
        return f.result(state, stateOffsets[c]);
    }

    private Object[] output(Object[] row) {
        Object[] out = new Object[keyWidth + functions.length];
        System.arraycopy(row, 0, out, 0, keyWidth);
        System.arraycopy(row, resultsStart, out, keyWidth, functions.length);
        return out;
    }

    @Override
    public List<StateTable> stateTables() {
        List<StateTable> t = new ArrayList<>();
        t.add(groupTable);
        for (StateTable ct : callTables) {
            if (ct != null) {
                t.add(ct);
            }
        }
        return t;
    }
}
