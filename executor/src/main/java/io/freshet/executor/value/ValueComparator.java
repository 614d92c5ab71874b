package io.freshet.executor.value;

import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import java.math.BigDecimal;
import java.util.Comparator;

/**
 * PostgreSQL's ordering of non-null values of one type: numbers by value with NaN above
 * everything and {@code -0.0 = 0.0}, text by code point (the "C" collation), byte strings by
 * unsigned bytes, intervals by their 30-day-month total, arrays and structs element by
 * element. Consistent with the storage module's memcomparable keys.
 */
public final class ValueComparator {
    private ValueComparator() {
    }

    /** Compares two non-null values of {@code type}. */
    public static int compare(Object a, Object b, DataType type) {
        switch (type.kind()) {
            case BOOLEAN:
                return Boolean.compare((Boolean) a, (Boolean) b);
            case SMALLINT:
                return Short.compare((Short) a, (Short) b);
            case INTEGER:
            case DATE:
                return Integer.compare((Integer) a, (Integer) b);
            case BIGINT:
            case TIME:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return Long.compare((Long) a, (Long) b);
            case REAL:
                return compareDoubles((Float) a, (Float) b);
            case DOUBLE:
                return compareDoubles((Double) a, (Double) b);
            case NUMERIC:
                return compareNumeric(a, b);
            case VARCHAR:
                return compareText((String) a, (String) b);
            case BYTEA:
                return ((ByteString) a).compareTo((ByteString) b);
            case INTERVAL:
                return ((Interval) a).compareTo((Interval) b);
            case JSONB:
                return a.toString().compareTo(b.toString());
            case ARRAY:
                return compareArrays((ArrayValue) a, (ArrayValue) b, type.elementType());
            case STRUCT: {
                StructValue x = (StructValue) a;
                StructValue y = (StructValue) b;
                for (int i = 0; i < type.fields().size(); i++) {
                    int c = compareNullable(x.get(i), y.get(i), type.fields().get(i).type(), false);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            default:
                throw new IllegalArgumentException("values of " + type + " are not comparable");
        }
    }

    /** Compares values that may be null; NULL sorts last unless {@code nullsFirst}. */
    public static int compareNullable(Object a, Object b, DataType type, boolean nullsFirst) {
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            return (a == null) == nullsFirst ? -1 : 1;
        }
        return compare(a, b, type);
    }

    /** SQL equality of two non-null values (PostgreSQL's {@code =}). */
    public static boolean equal(Object a, Object b, DataType type) {
        return compare(a, b, type) == 0;
    }

    /** A comparator of non-null values of {@code type}. */
    public static Comparator<Object> of(DataType type) {
        return (a, b) -> compare(a, b, type);
    }

    /** PostgreSQL's float order: -0.0 equals 0.0, NaN equals NaN and is greater than all else. */
    public static int compareDoubles(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) ? (Double.isNaN(b) ? 0 : 1) : -1;
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /** NUMERIC order: {@code -Infinity < numbers < Infinity < NaN}; 1.0 equals 1.00. */
    public static int compareNumeric(Object a, Object b) {
        int ra = numericRank(a);
        int rb = numericRank(b);
        if (ra != rb || ra != 1) {
            return Integer.compare(ra, rb);
        }
        return ((BigDecimal) a).compareTo((BigDecimal) b);
    }

    private static int numericRank(Object v) {
        if (v instanceof BigDecimal) {
            return 1;
        }
        switch ((NumericSpecial) v) {
            case NEGATIVE_INFINITY:
                return 0;
            case POSITIVE_INFINITY:
                return 2;
            default:
                return 3;
        }
    }

    /** Code-point order, which is UTF-8 byte order (Java's compareTo is UTF-16 order). */
    public static int compareText(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x);
                boolean sy = Character.isSurrogate(y);
                if (sx == sy) {
                    return Character.compare(x, y);
                }
                // A surrogate encodes a code point above U+FFFF, greater than any BMP char.
                return sx ? 1 : -1;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int compareArrays(ArrayValue a, ArrayValue b, DataType element) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int c = compareNullable(a.get(i), b.get(i), element, false);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** Whether {@code kind}'s values have an order (all but JSONB's are meaningful). */
    public static boolean isOrderable(TypeKind kind) {
        return kind != TypeKind.NULL;
    }
}
