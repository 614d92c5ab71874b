package io.freshet.storage;

import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Cursor over the entries of one {@link WriteBuffer} within a key range, in scan order, that
 * repositions itself when the buffer is written while it is open (so a scan may put or delete
 * rows of its own table without failing).
 */
final class BufferCursor {
    private final WriteBuffer buffer;
    private final NavigableMap<byte[], byte[]> view;
    private Iterator<Map.Entry<byte[], byte[]>> iterator;
    private int seenModifications;
    private byte[] headKey;
    private byte[] headValue;

    /** A cursor over the entries of {@code buffer} in {@code [from, to)} (null bounds: open); the range must not be empty. */
    BufferCursor(WriteBuffer buffer, byte[] from, byte[] to, boolean reverse) {
        this.buffer = buffer;
        NavigableMap<byte[], byte[]> range = buffer.entries();
        if (from != null && to != null) {
            range = range.subMap(from, true, to, false);
        } else if (from != null) {
            range = range.tailMap(from, true);
        } else if (to != null) {
            range = range.headMap(to, false);
        }
        this.view = reverse ? range.descendingMap() : range;
        restart(view);
    }

    WriteBuffer buffer() {
        return buffer;
    }

    /** If the buffer was written since this cursor last looked, repositions after {@code lastConsumed}. */
    void catchUp(byte[] lastConsumed) {
        if (buffer.modificationCount() != seenModifications) {
            restart(lastConsumed == null ? view : view.tailMap(lastConsumed, false));
        }
    }

    /** Key of the next entry in scan order, or {@code null} when exhausted. */
    byte[] headKey() {
        return headKey;
    }

    /** Value of the next entry ({@link WriteBuffer#TOMBSTONE} for a delete). */
    byte[] headValue() {
        return headValue;
    }

    void advance() {
        if (iterator.hasNext()) {
            Map.Entry<byte[], byte[]> entry = iterator.next();
            headKey = entry.getKey();
            headValue = entry.getValue();
        } else {
            headKey = null;
            headValue = null;
        }
    }

    private void restart(NavigableMap<byte[], byte[]> remaining) {
        iterator = remaining.entrySet().iterator();
        seenModifications = buffer.modificationCount();
        advance();
    }
}
