package io.freshet.executor.stream;

import io.freshet.executor.chunk.Chunk;

/**
 * Entry of a stored relation's changes (a table's or a view's) into a view's dataflow. It is
 * connected to the relation's output; at the view's creation the runtime pushes the
 * relation's current contents through it as inserts (backfill).
 */
public final class RelationInputOperator extends StreamOperator {
    private final long relationId;

    public RelationInputOperator(long relationId, String relationName) {
        super("Input(" + relationName + ")");
        this.relationId = relationId;
    }

    /** Catalog id of the relation this input reads. */
    public long relationId() {
        return relationId;
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        emit(chunk);
    }
}
