package io.freshet.executor.stream;

import io.freshet.executor.chunk.ArrayRow;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.expr.Expr;
import java.util.List;

/** Constant rows: inserted once, when the view is created; never changed afterwards. */
public final class ValuesOperator extends StreamOperator {
    private final List<List<Expr>> rows;
    private final int width;

    public ValuesOperator(List<List<Expr>> rows, int width) {
        super("Values");
        this.rows = rows;
        this.width = width;
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        throw new IllegalStateException("VALUES has no input");
    }

    @Override
    public void onBackfill() {
        ChunkBuilder b = new ChunkBuilder(width, rows.size());
        ArrayRow empty = new ArrayRow(new Object[0]);
        for (List<Expr> row : rows) {
            Object[] values = new Object[width];
            for (int i = 0; i < width; i++) {
                values[i] = row.get(i).eval(empty, EvalContext.UTC);
            }
            b.add(values, 1);
        }
        emit(b.build());
    }
}
