package io.freshet.executor.batch;

import io.freshet.executor.chunk.ArrayRow;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.expr.SeriesValues;
import io.freshet.executor.plan.GenerateSeriesNode;

/** Batch generate_series: produces its values chunk by chunk, never all at once. */
final class GenerateSeriesOperator implements BatchOperator {
    private final GenerateSeriesNode node;
    private final BatchContext ctx;
    private SeriesValues values;

    GenerateSeriesOperator(GenerateSeriesNode node, BatchContext ctx) {
        this.node = node;
        this.ctx = ctx;
    }

    @Override
    public Chunk next() {
        if (values == null) {
            ArrayRow none = new ArrayRow(new Object[0]);
            values = new SeriesValues(node.types().get(0), node.start().eval(none, ctx.evalContext()),
                    node.stop().eval(none, ctx.evalContext()),
                    node.step() == null ? null : node.step().eval(none, ctx.evalContext()), ctx.evalContext());
        }
        ctx.checkCanceled();
        ChunkBuilder b = new ChunkBuilder(1, CHUNK_SIZE);
        while (b.size() < CHUNK_SIZE && values.hasNext()) {
            b.add(new Object[] {values.next()}, 1);
        }
        return b.isEmpty() ? null : b.build();
    }

    @Override
    public void close() {
    }
}
