package io.freshet.executor.stream;

import io.freshet.executor.chunk.Chunk;

/** UNION ALL: every input's changes, unchanged. */
public final class UnionOperator extends StreamOperator {
    public UnionOperator() {
        super("Union");
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        emit(chunk);
    }
}
