package io.freshet.executor.batch;

import io.freshet.executor.chunk.Chunk;

/** Operator of a batch plan: yields its result as chunks of rows, each row with weight 1. */
public interface BatchOperator extends AutoCloseable {
    /** Rows in chunks of this many at most, where an operator chooses. */
    int CHUNK_SIZE = 1024;

    /** The next non-empty chunk, or null when there are no more rows. */
    Chunk next();

    /** Releases resources (iterators, snapshots); safe to call twice. */
    @Override
    void close();
}
