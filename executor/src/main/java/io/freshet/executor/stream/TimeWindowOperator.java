package io.freshet.executor.stream;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.plan.TimeWindowNode;
import io.freshet.executor.plan.TimeWindows;

/** TUMBLE/HOP window assignment in a dataflow: linear, stateless. */
public final class TimeWindowOperator extends StreamOperator {
    private final TimeWindowNode node;

    public TimeWindowOperator(TimeWindowNode node) {
        super(node.describe());
        this.node = node;
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        emit(TimeWindows.assign(node, chunk));
    }
}
