package io.freshet.executor.chunk;

import java.util.Arrays;

/** Row view over an {@code Object[]}; the array can be swapped to reuse the view. */
public final class ArrayRow implements RowView {
    private Object[] values;

    public ArrayRow(Object[] values) {
        this.values = values;
    }

    /** Points the view at another array. */
    public ArrayRow set(Object[] newValues) {
        this.values = newValues;
        return this;
    }

    public Object[] values() {
        return values;
    }

    @Override
    public Object get(int index) {
        return values[index];
    }

    @Override
    public int width() {
        return values.length;
    }

    @Override
    public Object[] toArray() {
        return values.clone();
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
