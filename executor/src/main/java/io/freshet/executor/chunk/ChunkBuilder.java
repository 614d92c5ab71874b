package io.freshet.executor.chunk;

import java.util.Arrays;

/**
 * Builds a {@link Chunk} row by row. A builder can be reused after {@link #build()}; it then
 * starts empty.
 */
public final class ChunkBuilder {
    private static final int INITIAL_CAPACITY = 16;

    private final int width;
    private Object[][] columns;
    private int[] weights;
    private int size;

    public ChunkBuilder(int width) {
        this(width, INITIAL_CAPACITY);
    }

    public ChunkBuilder(int width, int expectedRows) {
        this.width = width;
        allocate(Math.max(expectedRows, 1));
    }

    private void allocate(int capacity) {
        columns = new Object[width][capacity];
        weights = new int[capacity];
        size = 0;
    }

    public int width() {
        return width;
    }

    /** Rows added since the last build. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Appends a row given as an array (copied) with a weight. */
    public ChunkBuilder add(Object[] row, int weight) {
        ensureCapacity();
        for (int c = 0; c < width; c++) {
            columns[c][size] = row[c];
        }
        weights[size++] = weight;
        return this;
    }

    /** Appends the fields of a row view with a weight. */
    public ChunkBuilder add(RowView row, int weight) {
        ensureCapacity();
        for (int c = 0; c < width; c++) {
            columns[c][size] = row.get(c);
        }
        weights[size++] = weight;
        return this;
    }

    /** Appends row {@code row} of {@code chunk} with a weight. */
    public ChunkBuilder add(Chunk chunk, int row, int weight) {
        ensureCapacity();
        for (int c = 0; c < width; c++) {
            columns[c][size] = chunk.get(row, c);
        }
        weights[size++] = weight;
        return this;
    }

    /** Appends all rows of a chunk with their weights. */
    public ChunkBuilder addAll(Chunk chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            add(chunk, i, chunk.weight(i));
        }
        return this;
    }

    private void ensureCapacity() {
        if (size == weights.length) {
            int cap = weights.length * 2;
            for (int c = 0; c < width; c++) {
                columns[c] = Arrays.copyOf(columns[c], cap);
            }
            weights = Arrays.copyOf(weights, cap);
        }
    }

    /** The rows added so far as a chunk; the builder starts over empty. */
    public Chunk build() {
        Column[] cols = new Column[width];
        for (int c = 0; c < width; c++) {
            cols[c] = new ObjectColumn(columns[c], size);
        }
        Chunk chunk = new Chunk(cols, weights, size);
        allocate(Math.max(INITIAL_CAPACITY, Math.min(size, 1024)));
        return chunk;
    }
}
