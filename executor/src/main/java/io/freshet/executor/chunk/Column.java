package io.freshet.executor.chunk;

/**
 * One column of a {@link Chunk}: the values of one field for every row. Immutable once built.
 * Values follow {@link io.freshet.executor.type.TypeKind}'s Java representation; {@code null}
 * is SQL NULL.
 */
public interface Column {
    /** Number of values. */
    int size();

    /** Value at a row position. */
    Object get(int row);

    /** Whether the value at a row position is NULL. */
    default boolean isNull(int row) {
        return get(row) == null;
    }

    /** A column holding the values at {@code positions}, in that order. */
    Column select(int[] positions, int count);
}
