package io.freshet.executor.value;

import java.util.Arrays;

/** Value of a SQL STRUCT (composite row) type: one value per field, in field order. Immutable. */
public final class StructValue {
    private final Object[] values;

    private StructValue(Object[] values) {
        this.values = values;
    }

    /** Copies {@code values}. */
    public static StructValue of(Object... values) {
        return new StructValue(values.clone());
    }

    /** Takes ownership of {@code values}. */
    public static StructValue wrap(Object[] values) {
        return new StructValue(values);
    }

    public int size() {
        return values.length;
    }

    public Object get(int i) {
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructValue && Arrays.equals(values, ((StructValue) o).values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
