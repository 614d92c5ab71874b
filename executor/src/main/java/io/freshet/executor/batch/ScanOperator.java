package io.freshet.executor.batch;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.plan.ScanNode;

/** Batch scan of a stored relation through the context's {@link RelationReader}. */
final class ScanOperator implements BatchOperator {
    private final ScanNode node;
    private final BatchContext ctx;
    private RelationReader.CloseableIterator<Object[]> rows;

    ScanOperator(ScanNode node, BatchContext ctx) {
        this.node = node;
        this.ctx = ctx;
    }

    @Override
    public Chunk next() {
        if (rows == null) {
            rows = ctx.reader().scan(node, ctx.evalContext());
        }
        ctx.checkCanceled();
        ChunkBuilder b = new ChunkBuilder(node.width(), 64);
        while (b.size() < CHUNK_SIZE && rows.hasNext()) {
            b.add(rows.next(), 1);
        }
        return b.isEmpty() ? null : b.build();
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}
