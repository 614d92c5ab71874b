package io.freshet.executor.value;

/**
 * NUMERIC values that {@link java.math.BigDecimal} cannot hold. PostgreSQL orders them
 * {@code -Infinity < every number < Infinity < NaN}, and NaN equals NaN.
 */
public enum NumericSpecial {
    NEGATIVE_INFINITY("-Infinity"),
    POSITIVE_INFINITY("Infinity"),
    NAN("NaN");

    private final String text;

    NumericSpecial(String text) {
        this.text = text;
    }

    /** PostgreSQL's output text for this value. */
    @Override
    public String toString() {
        return text;
    }
}
