package io.freshet.executor.stream;

import io.freshet.executor.chunk.ArrayRow;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.expr.SeriesValues;
import io.freshet.executor.plan.GenerateSeriesNode;

/** generate_series in a view: its rows are inserted once, when the view is created. */
public final class GenerateSeriesOperator extends StreamOperator {
    private final GenerateSeriesNode node;

    public GenerateSeriesOperator(GenerateSeriesNode node) {
        super("GenerateSeries");
        this.node = node;
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        throw new IllegalStateException("generate_series has no input");
    }

    @Override
    public void onBackfill() {
        ArrayRow none = new ArrayRow(new Object[0]);
        SeriesValues values = new SeriesValues(node.types().get(0), node.start().eval(none, EvalContext.UTC),
                node.stop().eval(none, EvalContext.UTC),
                node.step() == null ? null : node.step().eval(none, EvalContext.UTC), EvalContext.UTC);
        ChunkBuilder b = new ChunkBuilder(1, 1024);
        while (values.hasNext()) {
            b.add(new Object[] {values.next()}, 1);
            if (b.size() == 1024) {
                emit(b.build());
            }
        }
        emit(b.build());
    }
}
