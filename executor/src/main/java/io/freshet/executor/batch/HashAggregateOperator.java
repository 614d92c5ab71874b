package io.freshet.executor.batch;

import io.freshet.executor.aggregate.AggregateFunction;
import io.freshet.executor.aggregate.AggregateFunctions;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.plan.AggCall;
import io.freshet.executor.plan.AggregateNode;
import io.freshet.executor.plan.SortKey;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.GroupKey;
import io.freshet.executor.value.ValueComparator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Batch GROUP BY in a hash table: groups in first-seen order; DISTINCT calls skip repeated
 * argument tuples; calls with an ORDER BY buffer their inputs and replay them sorted. A
 * global aggregate yields one row even for empty input.
 */
final class HashAggregateOperator implements BatchOperator {
    private final BatchOperator input;
    private final AggregateNode node;
    private final BatchContext ctx;
    private final DataType[] keyTypes;
    private final AggregateFunction[] functions;
    private final int[] offsets;
    private final int[][] argFields;
    private final List<List<DataType>> argTypes = new ArrayList<>();
    private final int stateWidth;
    private MaterializedRows result;

    /** Per-group working state. */
    private final class Group {
        final Object[] keyValues;
        final Object[] state = new Object[stateWidth];
        final List<Set<GroupKey>> distinctSeen = new ArrayList<>();
        final List<List<Object[]>> ordered = new ArrayList<>();

        Group(Object[] keyValues) {
            this.keyValues = keyValues;
            for (int c = 0; c < functions.length; c++) {
                functions[c].init(state, offsets[c]);
                distinctSeen.add(node.calls().get(c).distinct() ? new HashSet<>() : null);
                ordered.add(isOrdered(c) ? new ArrayList<>() : null);
            }
        }
    }

    HashAggregateOperator(BatchOperator input, AggregateNode node, BatchContext ctx) {
        this.input = input;
        this.node = node;
        this.ctx = ctx;
        List<DataType> inTypes = node.input().types();
        keyTypes = new DataType[node.groupKeys().size()];
        for (int i = 0; i < keyTypes.length; i++) {
            keyTypes[i] = inTypes.get(node.groupKeys().get(i));
        }
        int n = node.calls().size();
        functions = new AggregateFunction[n];
        offsets = new int[n];
        argFields = new int[n][];
        int width = 0;
        for (int c = 0; c < n; c++) {
            AggCall call = node.calls().get(c);
            functions[c] = AggregateFunctions.create(call, inTypes);
            offsets[c] = width;
            width += functions[c].stateTypes().size();
            List<Integer> fields = AggregateFunctions.argumentFields(call);
            argFields[c] = fields.stream().mapToInt(Integer::intValue).toArray();
            List<DataType> types = new ArrayList<>();
            for (int f : fields) {
                types.add(inTypes.get(f));
            }
            argTypes.add(types);
        }
        stateWidth = width;
    }

    private boolean isOrdered(int call) {
        return !node.calls().get(call).orderBy().isEmpty();
    }

    @Override
    public Chunk next() {
        if (result == null) {
            result = new MaterializedRows(compute(), node.width());
        }
        return result.next();
    }

    private List<Object[]> compute() {
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        Chunk c;
        while ((c = input.next()) != null) {
            ctx.checkCanceled();
            for (int r = 0; r < c.size(); r++) {
                Object[] key = new Object[keyTypes.length];
                for (int k = 0; k < key.length; k++) {
                    key[k] = c.get(r, node.groupKeys().get(k));
                }
                Group g = groups.computeIfAbsent(new GroupKey(key, keyTypes), gk -> new Group(key));
                for (int call = 0; call < functions.length; call++) {
                    accumulate(g, call, c, r);
                }
            }
        }
        if (groups.isEmpty() && node.isGlobal()) {
            groups.put(new GroupKey(new Object[0], keyTypes), new Group(new Object[0]));
        }
        List<Object[]> out = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            Object[] row = new Object[node.width()];
            System.arraycopy(g.keyValues, 0, row, 0, g.keyValues.length);
            for (int call = 0; call < functions.length; call++) {
                if (g.ordered.get(call) != null) {
                    replaySorted(g, call);
                }
                row[g.keyValues.length + call] = functions[call].result(g.state, offsets[call]);
            }
            out.add(row);
        }
        return out;
    }

    private void accumulate(Group g, int call, Chunk c, int r) {
        AggCall spec = node.calls().get(call);
        if (spec.filterArg() >= 0 && !Boolean.TRUE.equals(c.get(r, spec.filterArg()))) {
            return;
        }
        int[] fields = argFields[call];
        Object[] args = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            args[i] = c.get(r, fields[i]);
        }
        if (spec.distinct()) {
            Object[] distinctArgs = java.util.Arrays.copyOf(args, spec.args().size());
            if (!g.distinctSeen.get(call).add(GroupKey.of(distinctArgs, argTypes.get(call).subList(0, distinctArgs.length)))) {
                return;
            }
        }
        if (g.ordered.get(call) != null) {
            g.ordered.get(call).add(args);
        } else {
            functions[call].add(g.state, offsets[call], args, 1);
        }
    }

    private void replaySorted(Group g, int call) {
        List<Object[]> rows = g.ordered.get(call);
        List<SortKey> order = functions[call].inputOrder();
        List<DataType> types = argTypes.get(call);
        rows.sort(rowComparator(order, types));
        for (Object[] args : rows) {
            functions[call].add(g.state, offsets[call], args, 1);
        }
    }

    /** Comparator of rows (arrays) by sort keys. */
    static Comparator<Object[]> rowComparator(List<SortKey> order, List<DataType> types) {
        return (a, b) -> {
            for (SortKey k : order) {
                int col = k.column();
                int cmp = ValueComparator.compareNullable(a[col], b[col], types.get(col), k.nullsFirst() != k.descending());
                if (cmp != 0) {
                    return k.descending() ? -cmp : cmp;
                }
            }
            return 0;
        };
    }

    @Override
    public void close() {
        input.close();
    }
}
