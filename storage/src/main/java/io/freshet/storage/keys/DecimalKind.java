package io.freshet.storage.keys;

/**
 * Class of a non-null decimal key field: a finite number or one of the special values PostgreSQL's
 * {@code numeric} admits, listed in their sort order.
 */
public enum DecimalKind {
    /** {@code -Infinity}, smaller than every finite value. */
    NEGATIVE_INFINITY,
    /** A finite number, read with {@link KeyReader#readDecimal(SortOrder)}. */
    FINITE,
    /** {@code Infinity}, larger than every finite value. */
    POSITIVE_INFINITY,
    /** {@code NaN}, larger than every other value and equal to itself. */
    NAN
}
