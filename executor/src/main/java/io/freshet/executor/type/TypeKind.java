package io.freshet.executor.type;

/**
 * Kind of a SQL data type, with the Java class that holds its values.
 *
 * <p>Date and time values are primitives in PostgreSQL's own units so that arithmetic and
 * window assignment stay cheap: DATE is an {@link Integer} count of days since 1970-01-01;
 * TIME a {@link Long} of microseconds since midnight; TIMESTAMP a {@link Long} of
 * microseconds since 1970-01-01 00:00:00 (wall clock, no zone); TIMESTAMPTZ a {@link Long}
 * of microseconds since 1970-01-01 00:00:00 UTC. As in PostgreSQL, {@code Integer.MIN_VALUE}
 * / {@code Integer.MAX_VALUE} (dates) and {@code Long.MIN_VALUE} / {@code Long.MAX_VALUE}
 * (timestamps) stand for {@code -infinity} and {@code infinity}.
 */
public enum TypeKind {
    /** {@link Boolean}. */
    BOOLEAN("bool"),
    /** {@link Short}. */
    SMALLINT("int2"),
    /** {@link Integer}. */
    INTEGER("int4"),
    /** {@link Long}. */
    BIGINT("int8"),
    /** {@link Float}. */
    REAL("float4"),
    /** {@link Double}. */
    DOUBLE("float8"),
    /**
     * {@link java.math.BigDecimal}, or one of {@link io.freshet.executor.value.NumericSpecial}
     * for NaN and the infinities.
     */
    NUMERIC("numeric"),
    /** {@link String}; precision is the maximum length, or unbounded ({@code text}). */
    VARCHAR("varchar"),
    /** {@link Integer} days since 1970-01-01. */
    DATE("date"),
    /** {@link Long} microseconds since midnight. */
    TIME("time"),
    /** {@link Long} microseconds since 1970-01-01 00:00:00, no time zone. */
    TIMESTAMP("timestamp"),
    /** {@link Long} microseconds since 1970-01-01 00:00:00 UTC, shown in the session zone. */
    TIMESTAMPTZ("timestamptz"),
    /** {@link io.freshet.executor.value.Interval}. */
    INTERVAL("interval"),
    /** {@link io.freshet.executor.value.ByteString}. */
    BYTEA("bytea"),
    /** {@link io.freshet.executor.value.JsonbValue}. */
    JSONB("jsonb"),
    /** {@link io.freshet.executor.value.ArrayValue} of the element type's values. */
    ARRAY("array"),
    /** {@link io.freshet.executor.value.StructValue}, one value per field. */
    STRUCT("struct"),
    /** The type of an untyped NULL literal; its only value is {@code null}. */
    NULL("unknown");

    private final String pgName;

    TypeKind(String pgName) {
        this.pgName = pgName;
    }

    /** PostgreSQL's internal name of the type ({@code int4}, {@code timestamptz}, ...). */
    public String pgName() {
        return pgName;
    }

    /** Whether values are numbers that take part in arithmetic. */
    public boolean isNumeric() {
        switch (this) {
            case SMALLINT:
            case INTEGER:
            case BIGINT:
            case REAL:
            case DOUBLE:
            case NUMERIC:
                return true;
            default:
                return false;
        }
    }

    /** Whether values are exact integers. */
    public boolean isInteger() {
        return this == SMALLINT || this == INTEGER || this == BIGINT;
    }

    /** Whether values are points in time (dates, times, timestamps). */
    public boolean isDateTime() {
        return this == DATE || this == TIME || this == TIMESTAMP || this == TIMESTAMPTZ;
    }
}
