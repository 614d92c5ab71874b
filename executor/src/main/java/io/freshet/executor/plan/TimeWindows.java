package io.freshet.executor.plan;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;

/** Applies a {@link TimeWindowNode} to a chunk: each row once per window, with the window's bounds. */
public final class TimeWindows {
    private TimeWindows() {
    }

    /** The rows of {@code in} assigned to their windows, weights kept. */
    public static Chunk assign(TimeWindowNode node, Chunk in) {
        int width = in.width();
        ChunkBuilder out = new ChunkBuilder(width + 2, in.size() * node.windowsPerRow());
        for (int i = 0; i < in.size(); i++) {
            Object t = in.get(i, node.timeColumn());
            if (t == null) {
                continue;
            }
            for (long start : node.windowStarts((Long) t)) {
                Object[] row = new Object[width + 2];
                for (int c = 0; c < width; c++) {
                    row[c] = in.get(i, c);
                }
                row[width] = start;
                row[width + 1] = start + node.sizeMicros();
                out.add(row, in.weight(i));
            }
        }
        return out.build();
    }
}
