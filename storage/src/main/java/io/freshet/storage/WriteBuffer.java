package io.freshet.storage;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One layer of buffered, not yet committed writes of a {@link StateTable}: point puts and deletes
 * in a sorted map (unsigned lexicographic key order) plus the range deletions recorded before
 * them. A range deletion drops the buffered entries it covers, so every entry left in the map was
 * written after every range deletion that covers its key; committing the ranges first and the
 * entries second therefore replays the writes faithfully.
 *
 * <p>Keys are the caller's keys, without the table prefix. Arrays are held, not copied.
 */
final class WriteBuffer {
    /** Map value of a buffered point delete; compared by identity. */
    static final byte[] TOMBSTONE = new byte[0];

    /** Rough heap cost of one map entry beyond its key and value bytes. */
    private static final int ENTRY_OVERHEAD = 64;

    private final TreeMap<byte[], byte[]> entries = new TreeMap<>(Arrays::compareUnsigned);
    private final RangeTombstones ranges = new RangeTombstones();
    private long bytes;
    private int modificationCount;
    /** The commit this layer was handed to, or {@code null} while it still takes writes. */
    private EpochCommit sealedFor;

    void put(byte[] key, byte[] value) {
        byte[] previous = entries.put(key, value);
        bytes += previous == null ? ENTRY_OVERHEAD + key.length + value.length : value.length - previous.length;
        modificationCount++;
    }

    void delete(byte[] key) {
        put(key, TOMBSTONE);
    }

    /** Records the deletion of {@code [from, to)} ({@code to == null}: to the table's end). */
    void deleteRange(byte[] from, byte[] to) {
        if (to != null && Arrays.compareUnsigned(from, to) >= 0) {
            return;
        }
        Iterator<Map.Entry<byte[], byte[]>> covered =
                (to == null ? entries.tailMap(from, true) : entries.subMap(from, true, to, false)).entrySet().iterator();
        while (covered.hasNext()) {
            Map.Entry<byte[], byte[]> entry = covered.next();
            bytes -= ENTRY_OVERHEAD + entry.getKey().length + entry.getValue().length;
            covered.remove();
        }
        int rangesBefore = ranges.size();
        ranges.add(from, to);
        bytes += (long) (ranges.size() - rangesBefore) * ENTRY_OVERHEAD + from.length + (to == null ? 0 : to.length);
        modificationCount++;
    }

    /**
     * What this layer says about {@code key}: its buffered value, {@link #TOMBSTONE} if it deletes
     * the key (point or range), or {@code null} if it does not touch the key.
     */
    byte[] lookup(byte[] key) {
        byte[] value = entries.get(key);
        if (value != null) {
            return value;
        }
        return ranges.covers(key) ? TOMBSTONE : null;
    }

    /** Applies every write of {@code newer} on top of this layer, as if made here afterwards. */
    void absorb(WriteBuffer newer) {
        for (Map.Entry<byte[], byte[]> range : newer.ranges.intervals()) {
            deleteRange(range.getKey(), range.getValue());
        }
        for (Map.Entry<byte[], byte[]> entry : newer.entries.entrySet()) {
            put(entry.getKey(), entry.getValue());
        }
    }

    /** The buffered entries (values may be {@link #TOMBSTONE}) in key order. */
    NavigableMap<byte[], byte[]> entries() {
        return entries;
    }

    RangeTombstones ranges() {
        return ranges;
    }

    boolean isEmpty() {
        return entries.isEmpty() && ranges.isEmpty();
    }

    /** Approximate heap bytes held by this layer. */
    long bytes() {
        return bytes;
    }

    /** Changes with every write; lets cursors notice writes made while they are open. */
    int modificationCount() {
        return modificationCount;
    }

    EpochCommit sealedFor() {
        return sealedFor;
    }

    void sealFor(EpochCommit commit) {
        sealedFor = commit;
    }
}
