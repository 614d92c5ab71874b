package io.freshet.storage.keys;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Interval of byte-string keys {@code [fromInclusive, toExclusive)} in unsigned lexicographic
 * order, where a {@code null} bound means unbounded on that side; also builds the interval of all
 * keys that start with a prefix.
 *
 * <p>The bound arrays are held, not copied: do not modify them after building a range.
 */
public final class KeyRange {
    private static final KeyRange ALL = new KeyRange(null, null);
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] fromInclusive;
    private final byte[] toExclusive;

    private KeyRange(byte[] fromInclusive, byte[] toExclusive) {
        this.fromInclusive = fromInclusive;
        this.toExclusive = toExclusive;
    }

    /** The range of every key. */
    public static KeyRange all() {
        return ALL;
    }

    /** The keys {@code k} with {@code fromInclusive <= k < toExclusive}; a null bound is open. */
    public static KeyRange of(byte[] fromInclusive, byte[] toExclusive) {
        return fromInclusive == null && toExclusive == null ? ALL : new KeyRange(fromInclusive, toExclusive);
    }

    /** The keys that start with {@code prefix} (every key for an empty prefix). */
    public static KeyRange withPrefix(byte[] prefix) {
        return prefix.length == 0 ? ALL : new KeyRange(prefix, prefixEnd(prefix));
    }

    /**
     * The smallest key greater than every key that starts with {@code prefix}, or {@code null} when
     * there is none (the prefix is empty or all {@code 0xFF}): the last byte that is not
     * {@code 0xFF} is incremented and everything after it dropped.
     */
    public static byte[] prefixEnd(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xFF) {
                byte[] end = Arrays.copyOf(prefix, i + 1);
                end[i]++;
                return end;
            }
        }
        return null;
    }

    /** The inclusive lower bound, or {@code null} when unbounded below. */
    public byte[] fromInclusive() {
        return fromInclusive;
    }

    /** The exclusive upper bound, or {@code null} when unbounded above. */
    public byte[] toExclusive() {
        return toExclusive;
    }

    /** Whether {@code key} lies in this range. */
    public boolean contains(byte[] key) {
        return (fromInclusive == null || Arrays.compareUnsigned(key, fromInclusive) >= 0)
                && (toExclusive == null || Arrays.compareUnsigned(key, toExclusive) < 0);
    }

    /** Whether no key lies in this range. */
    public boolean isEmpty() {
        return fromInclusive != null && toExclusive != null && Arrays.compareUnsigned(fromInclusive, toExclusive) >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyRange
                && Arrays.equals(fromInclusive, ((KeyRange) other).fromInclusive)
                && Arrays.equals(toExclusive, ((KeyRange) other).toExclusive);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(fromInclusive) + Arrays.hashCode(toExclusive);
    }

    @Override
    public String toString() {
        return "[" + (fromInclusive == null ? "-inf" : HEX.formatHex(fromInclusive))
                + ", " + (toExclusive == null ? "+inf" : HEX.formatHex(toExclusive)) + ")";
    }
}
