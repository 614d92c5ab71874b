package io.freshet.storage.keys;

/**
 * Ordering of one key field: the direction of its values and where NULL sorts.
 *
 * <p>PostgreSQL's defaults are {@link #ASC_NULLS_LAST} for {@code ASC} and
 * {@link #DESC_NULLS_FIRST} for {@code DESC} (NULL is larger than every value); {@link #ASC} and
 * {@link #DESC} name those defaults.
 */
public enum SortOrder {
    /** Ascending values, NULL before every value. */
    ASC_NULLS_FIRST(false, true),
    /** Ascending values, NULL after every value (PostgreSQL's {@code ASC}). */
    ASC_NULLS_LAST(false, false),
    /** Descending values, NULL before every value (PostgreSQL's {@code DESC}). */
    DESC_NULLS_FIRST(true, true),
    /** Descending values, NULL after every value. */
    DESC_NULLS_LAST(true, false);

    /** PostgreSQL's default ascending order: {@link #ASC_NULLS_LAST}. */
    public static final SortOrder ASC = ASC_NULLS_LAST;
    /** PostgreSQL's default descending order: {@link #DESC_NULLS_FIRST}. */
    public static final SortOrder DESC = DESC_NULLS_FIRST;

    private final boolean descending;
    private final boolean nullsFirst;

    SortOrder(boolean descending, boolean nullsFirst) {
        this.descending = descending;
        this.nullsFirst = nullsFirst;
    }

    /** The order with the given direction and null placement. */
    public static SortOrder of(boolean descending, boolean nullsFirst) {
        if (descending) {
            return nullsFirst ? DESC_NULLS_FIRST : DESC_NULLS_LAST;
        }
        return nullsFirst ? ASC_NULLS_FIRST : ASC_NULLS_LAST;
    }

    /** Whether larger values sort first. */
    public boolean descending() {
        return descending;
    }

    /** Whether NULL sorts before every value. */
    public boolean nullsFirst() {
        return nullsFirst;
    }
}
