package io.freshet.storage;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Set of deleted key intervals {@code [from, to)} recorded by one write buffer, kept as disjoint,
 * non-adjacent intervals sorted by start; {@code to == null} means "to the end of the table".
 */
final class RangeTombstones {
    private final TreeMap<byte[], byte[]> startToEnd = new TreeMap<>(Arrays::compareUnsigned);

    /** Adds {@code [from, to)}, merging it with the intervals it overlaps or touches. */
    void add(byte[] from, byte[] to) {
        if (to != null && Arrays.compareUnsigned(from, to) >= 0) {
            return;
        }
        Map.Entry<byte[], byte[]> before = startToEnd.floorEntry(from);
        if (before != null && (before.getValue() == null || Arrays.compareUnsigned(before.getValue(), from) >= 0)) {
            from = before.getKey();
            to = later(to, before.getValue());
        }
        Iterator<Map.Entry<byte[], byte[]>> following = startToEnd.tailMap(from, true).entrySet().iterator();
        while (following.hasNext()) {
            Map.Entry<byte[], byte[]> next = following.next();
            if (to != null && Arrays.compareUnsigned(next.getKey(), to) > 0) {
                break;
            }
            to = later(to, next.getValue());
            following.remove();
        }
        startToEnd.put(from, to);
    }

    /** Whether {@code key} lies in one of the intervals. */
    boolean covers(byte[] key) {
        return covering(key) != null;
    }

    /** The interval holding {@code key} as a {@code (from, to)} entry, or {@code null}. */
    Map.Entry<byte[], byte[]> covering(byte[] key) {
        if (startToEnd.isEmpty()) {
            return null;
        }
        Map.Entry<byte[], byte[]> candidate = startToEnd.floorEntry(key);
        if (candidate == null) {
            return null;
        }
        byte[] end = candidate.getValue();
        return end == null || Arrays.compareUnsigned(key, end) < 0 ? candidate : null;
    }

    boolean isEmpty() {
        return startToEnd.isEmpty();
    }

    int size() {
        return startToEnd.size();
    }

    /** The intervals in key order, as {@code from -> to} entries. */
    Iterable<Map.Entry<byte[], byte[]>> intervals() {
        return startToEnd.entrySet();
    }

    private static byte[] later(byte[] end, byte[] otherEnd) {
        if (end == null || otherEnd == null) {
            return null;
        }
        return Arrays.compareUnsigned(end, otherEnd) >= 0 ? end : otherEnd;
    }
}
