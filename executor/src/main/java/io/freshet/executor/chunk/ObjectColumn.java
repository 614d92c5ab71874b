package io.freshet.executor.chunk;

import java.util.Arrays;

/** {@link Column} backed by an array of boxed values. */
public final class ObjectColumn implements Column {
    private final Object[] values;
    private final int size;

    /** Takes ownership of the first {@code size} entries of {@code values}. */
    public ObjectColumn(Object[] values, int size) {
        this.values = values;
        this.size = size;
    }

    /** Takes ownership of {@code values}. */
    public static ObjectColumn of(Object... values) {
        return new ObjectColumn(values, values.length);
    }

    /** A column of {@code size} copies of one value. */
    public static ObjectColumn constant(Object value, int size) {
        Object[] v = new Object[size];
        if (value != null) {
            Arrays.fill(v, value);
        }
        return new ObjectColumn(v, size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object get(int row) {
        return values[row];
    }

    @Override
    public Column select(int[] positions, int count) {
        Object[] out = new Object[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new ObjectColumn(out, count);
    }
}
