package io.freshet.executor.batch;

import io.freshet.executor.chunk.ArrayRow;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.plan.ValuesNode;
import java.util.List;

/** Batch VALUES: evaluates each row's expressions once. */
final class ValuesOperator implements BatchOperator {
    private final ValuesNode node;
    private final BatchContext ctx;
    private boolean done;

    ValuesOperator(ValuesNode node, BatchContext ctx) {
        this.node = node;
        this.ctx = ctx;
    }

    @Override
    public Chunk next() {
        if (done || node.rows().isEmpty()) {
            return null;
        }
        done = true;
        ChunkBuilder b = new ChunkBuilder(node.width(), node.rows().size());
        ArrayRow empty = new ArrayRow(new Object[0]);
        for (List<Expr> row : node.rows()) {
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i).eval(empty, ctx.evalContext());
            }
            b.add(values, 1);
        }
        return b.build();
    }

    @Override
    public void close() {
    }
}
