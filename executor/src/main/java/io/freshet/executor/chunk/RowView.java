package io.freshet.executor.chunk;

/**
 * Read access to the fields of one row, wherever the row lives (a chunk position, an array, a
 * pair of joined rows). Expressions evaluate against a row view, so evaluating does not need
 * the row copied out.
 */
public interface RowView {
    /** Value of field {@code index}, 0-based; {@code null} is SQL NULL. */
    Object get(int index);

    /** Number of fields. */
    int width();

    /** The fields copied into a new array. */
    default Object[] toArray() {
        Object[] a = new Object[width()];
        for (int i = 0; i < a.length; i++) {
            a[i] = get(i);
        }
        return a;
    }
}
