package io.freshet.executor.batch;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.Column;
import io.freshet.executor.expr.Expr;
import java.util.List;

/** Batch projection: one output column per expression. */
final class ProjectOperator implements BatchOperator {
    private final BatchOperator input;
    private final Expr[] exprs;
    private final BatchContext ctx;

    ProjectOperator(BatchOperator input, List<Expr> exprs, BatchContext ctx) {
        this.input = input;
        this.exprs = exprs.toArray(new Expr[0]);
        this.ctx = ctx;
    }

    @Override
    public Chunk next() {
        Chunk in = input.next();
        if (in == null) {
            return null;
        }
        Column[] cols = new Column[exprs.length];
        for (int i = 0; i < exprs.length; i++) {
            cols[i] = exprs[i].evalColumn(in, ctx.evalContext());
        }
        return in.withColumns(cols);
    }

    @Override
    public void close() {
        input.close();
    }
}
