package io.freshet.executor.stream;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.Column;
import io.freshet.executor.expr.Expr;

/** Passes on the changes whose row satisfies a condition. Linear: weights pass unchanged. */
public final class FilterOperator extends StreamOperator {
    private final Expr condition;

    public FilterOperator(Expr condition) {
        super("Filter");
        this.condition = condition;
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        Column keep = SafeEval.column(condition, chunk);
        int[] positions = new int[chunk.size()];
        int n = 0;
        for (int i = 0; i < chunk.size(); i++) {
            if (Boolean.TRUE.equals(keep.get(i))) {
                positions[n++] = i;
            }
        }
        emit(chunk.select(positions, n));
    }
}
