package io.freshet.executor.stream;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.Column;
import io.freshet.executor.expr.Expr;
import java.util.List;

/** Computes the output fields of each change's row. Linear: weights pass unchanged. */
public final class ProjectOperator extends StreamOperator {
    private final Expr[] exprs;

    public ProjectOperator(List<Expr> exprs) {
        super("Project");
        this.exprs = exprs.toArray(new Expr[0]);
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        Column[] cols = new Column[exprs.length];
        for (int i = 0; i < exprs.length; i++) {
            cols[i] = SafeEval.column(exprs[i], chunk);
        }
        emit(chunk.withColumns(cols));
    }
}
