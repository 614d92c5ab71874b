package io.freshet.executor.chunk;

/** {@link RowView} of one row of a {@link Chunk}, movable from row to row. */
public final class ChunkRow implements RowView {
    private final Chunk chunk;
    private int row;

    ChunkRow(Chunk chunk) {
        this.chunk = chunk;
    }

    /** Points the view at row {@code i}. */
    public ChunkRow at(int i) {
        this.row = i;
        return this;
    }

    public int position() {
        return row;
    }

    public int weight() {
        return chunk.weight(row);
    }

    @Override
    public Object get(int index) {
        return chunk.column(index).get(row);
    }

    @Override
    public int width() {
        return chunk.width();
    }
}
