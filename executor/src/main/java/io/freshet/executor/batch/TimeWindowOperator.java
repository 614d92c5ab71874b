package io.freshet.executor.batch;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.plan.TimeWindowNode;
import io.freshet.executor.plan.TimeWindows;

/** Batch TUMBLE/HOP window assignment. */
final class TimeWindowOperator implements BatchOperator {
    private final BatchOperator input;
    private final TimeWindowNode node;

    TimeWindowOperator(BatchOperator input, TimeWindowNode node) {
        this.input = input;
        this.node = node;
    }

    @Override
    public Chunk next() {
        Chunk in;
        while ((in = input.next()) != null) {
            Chunk out = TimeWindows.assign(node, in);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }
}
