package io.freshet.executor.batch;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import java.util.ArrayList;
import java.util.List;

/** Rows an operator has computed in full (sorted, aggregated, joined) and hands out in chunks. */
final class MaterializedRows {
    private final List<Object[]> rows;
    private final int width;
    private int pos;

    MaterializedRows(List<Object[]> rows, int width) {
        this.rows = rows;
        this.width = width;
    }

    /** All rows of an operator, drained into memory. */
    static List<Object[]> drain(BatchOperator op, BatchContext ctx) {
        List<Object[]> out = new ArrayList<>();
        Chunk c;
        while ((c = op.next()) != null) {
            ctx.checkCanceled();
            for (int i = 0; i < c.size(); i++) {
                out.add(c.row(i));
            }
        }
        return out;
    }

    Chunk next() {
        if (pos >= rows.size()) {
            return null;
        }
        int end = Math.min(rows.size(), pos + BatchOperator.CHUNK_SIZE);
        ChunkBuilder b = new ChunkBuilder(width, end - pos);
        for (; pos < end; pos++) {
            b.add(rows.get(pos), 1);
        }
        return b.build();
    }
}
