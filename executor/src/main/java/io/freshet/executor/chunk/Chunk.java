package io.freshet.executor.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Columnar batch of weighted rows: the unit of data between operators.
 *
 * <p>Row {@code i} has the values {@code column(c).get(i)} and the weight {@code weight(i)}:
 * +1 inserts the row, -1 deletes it, other values insert or delete that many copies. A chunk
 * is immutable once built; use {@link ChunkBuilder} to make one row by row.
 */
public final class Chunk {
    private static final int[] NO_WEIGHTS = new int[0];

    private final Column[] columns;
    private final int[] weights;
    private final int size;

    /** Takes ownership of the arrays; every column must hold at least {@code size} values. */
    public Chunk(Column[] columns, int[] weights, int size) {
        this.columns = columns;
        this.weights = weights;
        this.size = size;
    }

    /** A chunk without rows, of the given width. */
    public static Chunk empty(int width) {
        Column[] cols = new Column[width];
        for (int i = 0; i < width; i++) {
            cols[i] = new ObjectColumn(new Object[0], 0);
        }
        return new Chunk(cols, NO_WEIGHTS, 0);
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Number of columns. */
    public int width() {
        return columns.length;
    }

    public Column column(int index) {
        return columns[index];
    }

    /** Value at (row, column). */
    public Object get(int row, int column) {
        return columns[column].get(row);
    }

    public int weight(int row) {
        return weights[row];
    }

    /** The rows at {@code positions} (in that order) with their weights. */
    public Chunk select(int[] positions, int count) {
        if (count == size && isIdentity(positions, count)) {
            return this;
        }
        Column[] cols = new Column[columns.length];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = columns[c].select(positions, count);
        }
        int[] w = new int[count];
        for (int i = 0; i < count; i++) {
            w[i] = weights[positions[i]];
        }
        return new Chunk(cols, w, count);
    }

    /** The same rows and weights with other columns (each of this chunk's size). */
    public Chunk withColumns(Column[] newColumns) {
        return new Chunk(newColumns, weights, size);
    }

    /** The same rows with every weight negated: the chunk that undoes this one. */
    public Chunk negate() {
        int[] w = new int[size];
        for (int i = 0; i < size; i++) {
            w[i] = -weights[i];
        }
        return new Chunk(columns, w, size);
    }

    /** Row {@code i} copied into a new array. */
    public Object[] row(int i) {
        Object[] r = new Object[columns.length];
        for (int c = 0; c < r.length; c++) {
            r[c] = columns[c].get(i);
        }
        return r;
    }

    /** A reusable view of one row; move it with {@link ChunkRow#at(int)}. */
    public ChunkRow rowView() {
        return new ChunkRow(this);
    }

    /** All rows as arrays, one copy per unit of positive weight (for tests and batch results). */
    public List<Object[]> expandRows() {
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < weights[i]; k++) {
                out.add(row(i));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Chunk[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(java.util.Arrays.toString(row(i))).append(weights[i] >= 0 ? " +" : " ").append(weights[i]);
        }
        return b.append(']').toString();
    }

    private static boolean isIdentity(int[] positions, int count) {
        for (int i = 0; i < count; i++) {
            if (positions[i] != i) {
                return false;
            }
        }
        return true;
    }
}
