package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One ORDER BY item: a field position, its direction and where NULLs go. PostgreSQL's default
 * is NULLS LAST for ascending and NULLS FIRST for descending order.
 */
public final class SortKey {
    private final int column;
    private final boolean descending;
    private final boolean nullsFirst;

    @JsonCreator
    public SortKey(@JsonProperty("column") int column, @JsonProperty("descending") boolean descending,
            @JsonProperty("nullsFirst") boolean nullsFirst) {
        this.column = column;
        this.descending = descending;
        this.nullsFirst = nullsFirst;
    }

    /** Ascending, NULLs last. */
    public static SortKey asc(int column) {
        return new SortKey(column, false, false);
    }

    @JsonProperty
    public int column() {
        return column;
    }

    @JsonProperty
    public boolean descending() {
        return descending;
    }

    @JsonProperty
    public boolean nullsFirst() {
        return nullsFirst;
    }

    /** The same direction applied to another column. */
    public SortKey withColumn(int newColumn) {
        return new SortKey(newColumn, descending, nullsFirst);
    }

    @Override
    public String toString() {
        return "$" + column + (descending ? " DESC" : "") + (nullsFirst != descending ? (nullsFirst ? " NULLS FIRST" : " NULLS LAST") : "");
    }
}
