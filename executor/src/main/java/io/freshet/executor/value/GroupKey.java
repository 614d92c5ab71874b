package io.freshet.executor.value;

import io.freshet.executor.type.DataType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Tuple of values usable as a hash-map key with SQL equality: numbers equal by value
 * ({@code 1.0 = 1.00}, {@code -0.0 = 0.0}, NaN = NaN), intervals by their normalized length,
 * and NULL equal to NULL (as GROUP BY and DISTINCT treat it).
 */
public final class GroupKey {
    private final Object[] values;
    private final DataType[] types;
    private final int hash;

    public GroupKey(Object[] values, DataType[] types) {
        this.values = values;
        this.types = types;
        int h = 1;
        for (int i = 0; i < values.length; i++) {
            h = 31 * h + hashOf(values[i]);
        }
        this.hash = h;
    }

    public static GroupKey of(Object[] values, List<DataType> types) {
        return new GroupKey(values, types.toArray(new DataType[0]));
    }

    public Object[] values() {
        return values;
    }

    /** Whether any value is NULL (such a key matches nothing in a plain equi-join). */
    public boolean hasNull() {
        for (Object v : values) {
            if (v == null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GroupKey)) {
            return false;
        }
        GroupKey k = (GroupKey) o;
        if (k.hash != hash || k.values.length != values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (ValueComparator.compareNullable(values[i], k.values[i], types[i], false) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Hash consistent with SQL equality of values of one type. */
    public static int hashOf(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (d == 0.0) {
                return 0;
            }
            if (Double.isNaN(d)) {
                return 0x7ff80000;
            }
            return Double.hashCode(d);
        }
        if (v instanceof BigDecimal) {
            BigDecimal b = (BigDecimal) v;
            return b.signum() == 0 ? 0 : b.stripTrailingZeros().hashCode();
        }
        if (v instanceof Interval) {
            return Arrays.hashCode(((Interval) v).normalizedTotal());
        }
        if (v instanceof ArrayValue) {
            ArrayValue a = (ArrayValue) v;
            int h = 1;
            for (int i = 0; i < a.length(); i++) {
                h = 31 * h + hashOf(a.get(i));
            }
            return h;
        }
        if (v instanceof StructValue) {
            StructValue s = (StructValue) v;
            int h = 1;
            for (int i = 0; i < s.size(); i++) {
                h = 31 * h + hashOf(s.get(i));
            }
            return h;
        }
        return v.hashCode();
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
