package io.freshet.executor.batch;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.Column;
import io.freshet.executor.expr.Expr;

/** Batch filter: keeps rows whose condition is TRUE. */
final class FilterOperator implements BatchOperator {
    private final BatchOperator input;
    private final Expr condition;
    private final BatchContext ctx;

    FilterOperator(BatchOperator input, Expr condition, BatchContext ctx) {
        this.input = input;
        this.condition = condition;
        this.ctx = ctx;
    }

    @Override
    public Chunk next() {
        Chunk in;
        while ((in = input.next()) != null) {
            Chunk out = filter(in, condition, ctx);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return null;
    }

    /** The rows of {@code in} whose condition is TRUE. */
    static Chunk filter(Chunk in, Expr condition, BatchContext ctx) {
        Column keep = condition.evalColumn(in, ctx.evalContext());
        int[] positions = new int[in.size()];
        int n = 0;
        for (int i = 0; i < in.size(); i++) {
            if (Boolean.TRUE.equals(keep.get(i))) {
                positions[n++] = i;
            }
        }
        return in.select(positions, n);
    }

    @Override
    public void close() {
        input.close();
    }
}
