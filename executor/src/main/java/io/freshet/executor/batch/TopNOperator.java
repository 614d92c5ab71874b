package io.freshet.executor.batch;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.plan.TopNNode;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.GroupKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Batch top-N per group: sorts each group and keeps rows {@code offset .. offset + limit}. */
final class TopNOperator implements BatchOperator {
    private final BatchOperator input;
    private final TopNNode node;
    private final BatchContext ctx;
    private MaterializedRows result;

    TopNOperator(BatchOperator input, TopNNode node, BatchContext ctx) {
        this.input = input;
        this.node = node;
        this.ctx = ctx;
    }

    @Override
    public Chunk next() {
        if (result == null) {
            List<DataType> types = node.input().types();
            DataType[] keyTypes = node.groupKeys().stream().map(types::get).toArray(DataType[]::new);
            Map<GroupKey, List<Object[]>> groups = new LinkedHashMap<>();
            for (Object[] row : MaterializedRows.drain(input, ctx)) {
                Object[] key = new Object[keyTypes.length];
                for (int i = 0; i < key.length; i++) {
                    key[i] = row[node.groupKeys().get(i)];
                }
                groups.computeIfAbsent(new GroupKey(key, keyTypes), k -> new ArrayList<>()).add(row);
            }
            Comparator<Object[]> order = HashAggregateOperator.rowComparator(node.order(), types);
            List<Object[]> out = new ArrayList<>();
            long first = node.offset() + 1;
            long last = node.offset() + node.limit();
            for (List<Object[]> g : groups.values()) {
                g.sort(order);
                long rank = 0;
                for (int i = 0; i < g.size(); i++) {
                    boolean tied = i > 0 && order.compare(g.get(i - 1), g.get(i)) == 0;
                    switch (node.rankFunction()) {
                        case "rank":
                            rank = tied ? rank : i + 1;
                            break;
                        case "dense_rank":
                            rank = tied ? rank : rank + 1;
                            break;
                        default:
                            rank = i + 1;
                    }
                    if (rank > last) {
                        break;
                    }
                    if (rank < first) {
                        continue;
                    }
                    Object[] row = g.get(i);
                    if (node.appendRowNumber()) {
                        Object[] r = java.util.Arrays.copyOf(row, row.length + 1);
                        r[row.length] = rank;
                        row = r;
                    }
                    out.add(row);
                }
            }
            result = new MaterializedRows(out, node.width());
        }
        return result.next();
    }

    @Override
    public void close() {
        input.close();
    }
}
