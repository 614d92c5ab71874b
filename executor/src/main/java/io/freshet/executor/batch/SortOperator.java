package io.freshet.executor.batch;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.plan.SortNode;
import java.util.List;

/**
 * Batch ORDER BY / OFFSET / LIMIT. Without sort keys it streams (skipping OFFSET rows and
 * stopping at LIMIT); with keys it sorts all input in memory (a stable sort, so ties keep their
 * input order).
 */
final class SortOperator implements BatchOperator {
    private final BatchOperator input;
    private final SortNode node;
    private final BatchContext ctx;
    private MaterializedRows sorted;
    private long skipped;
    private long emitted;

    SortOperator(BatchOperator input, SortNode node, BatchContext ctx) {
        this.input = input;
        this.node = node;
        this.ctx = ctx;
    }

    @Override
    public Chunk next() {
        if (!node.keys().isEmpty()) {
            if (sorted == null) {
                List<Object[]> rows = MaterializedRows.drain(input, ctx);
                rows.sort(HashAggregateOperator.rowComparator(node.keys(), node.types()));
                int from = (int) Math.min(rows.size(), node.offset());
                int to = node.limit() < 0 ? rows.size() : (int) Math.min(rows.size(), from + node.limit());
                sorted = new MaterializedRows(rows.subList(from, to), node.width());
            }
            return sorted.next();
        }
        while (node.limit() < 0 || emitted < node.limit()) {
            Chunk c = input.next();
            if (c == null) {
                return null;
            }
            ChunkBuilder b = new ChunkBuilder(node.width(), c.size());
            for (int i = 0; i < c.size(); i++) {
                if (skipped < node.offset()) {
                    skipped++;
                } else if (node.limit() < 0 || emitted < node.limit()) {
                    b.add(c, i, 1);
                    emitted++;
                }
            }
            if (!b.isEmpty()) {
                return b.build();
            }
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }
}
