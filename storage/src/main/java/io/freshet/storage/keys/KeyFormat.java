package io.freshet.storage.keys;

/**
 * Constants of the memcomparable byte layout shared by {@link KeyWriter} and {@link KeyReader};
 * the layout itself is described on {@link KeyWriter}.
 */
final class KeyFormat {
    /** Marker of a NULL field under a nulls-first order. */
    static final byte NULL_FIRST = 0x00;
    /** Marker of a non-null field, whatever the order. */
    static final byte VALUE = 0x01;
    /** Marker of a NULL field under a nulls-last order. */
    static final byte NULL_LAST = 0x02;

    /** In byte strings, a 0x00 data byte is written as 0x00 followed by this byte. */
    static final int ESCAPED_ZERO = 0xFF;
    /** In byte strings, 0x00 followed by this byte ends the string. */
    static final int STRING_END = 0x01;

    /** Decimal class byte of -Infinity. */
    static final int DECIMAL_NEGATIVE_INFINITY = 0x01;
    /** Decimal class byte of a negative finite number. */
    static final int DECIMAL_NEGATIVE = 0x02;
    /** Decimal class byte of zero. */
    static final int DECIMAL_ZERO = 0x03;
    /** Decimal class byte of a positive finite number. */
    static final int DECIMAL_POSITIVE = 0x04;
    /** Decimal class byte of +Infinity. */
    static final int DECIMAL_POSITIVE_INFINITY = 0x05;
    /** Decimal class byte of NaN. */
    static final int DECIMAL_NAN = 0x06;

    /**
     * Header of a decimal exponent E >= 0 is this plus the byte count n (0..8) of E; a negative E
     * has header {@code EXPONENT_ZERO - 1 - n}, n being the byte count of {@code ~E}.
     */
    static final int EXPONENT_ZERO = 0x80;
    /** Largest byte count of an exponent. */
    static final int EXPONENT_MAX_BYTES = 8;
    /** Ends the base-100 digit pairs of a decimal; each pair p (0..99) is written as p + 1. */
    static final int DIGITS_END = 0x00;

    private KeyFormat() {
    }
}
