package io.freshet.executor.value;

import java.util.Arrays;

/** Value of a one-dimensional SQL ARRAY; elements may be null. Immutable. */
public final class ArrayValue {
    private final Object[] elements;

    private ArrayValue(Object[] elements) {
        this.elements = elements;
    }

    /** Copies {@code elements}. */
    public static ArrayValue of(Object... elements) {
        return new ArrayValue(elements.clone());
    }

    /** Takes ownership of {@code elements}. */
    public static ArrayValue wrap(Object[] elements) {
        return new ArrayValue(elements);
    }

    public int length() {
        return elements.length;
    }

    /** Element at a 0-based index. */
    public Object get(int i) {
        return elements[i];
    }

    /** A copy of the elements. */
    public Object[] toArray() {
        return elements.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayValue && Arrays.equals(elements, ((ArrayValue) o).elements);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(elements);
    }

    @Override
    public String toString() {
        return Arrays.toString(elements);
    }
}
