package io.freshet.storage;

import java.util.Arrays;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * Cursor over the committed rows of one table within {@code [from, to)}, forward or backward, on a
 * RocksDB iterator of the state column family; strips the table prefix and stops at the bounds
 * and at the table's edge. Owns the native iterator.
 */
final class CommittedCursor implements AutoCloseable {
    private final RocksIterator iterator;
    private final int tableId;
    private final byte[] tablePrefix;
    private final byte[] from;
    private final byte[] to;
    private final boolean reverse;
    private byte[] scratch = new byte[64];
    private byte[] key;

    /**
     * Positions a cursor on the first row in scan order. Takes ownership of {@code iterator}
     * (closing it if positioning fails).
     */
    CommittedCursor(RocksIterator iterator, int tableId, byte[] from, byte[] to, boolean reverse) {
        this.iterator = iterator;
        this.tableId = tableId;
        this.tablePrefix = RowKeys.tablePrefix(tableId);
        this.from = from;
        this.to = to;
        this.reverse = reverse;
        try {
            if (reverse) {
                seekBefore(to);
            } else {
                seekAtOrAfter(from);
            }
        } catch (RuntimeException e) {
            iterator.close();
            throw e;
        }
    }

    /** The current row's key (without prefix), or {@code null} when the cursor is exhausted. */
    byte[] key() {
        return key;
    }

    /** The current row's value; only while {@link #key()} is not null. */
    byte[] value() {
        return iterator.value();
    }

    /** Moves to the next row in scan order. */
    void advance() {
        if (key == null) {
            return;
        }
        if (reverse) {
            iterator.prev();
        } else {
            iterator.next();
        }
        load();
    }

    /**
     * Moves past every row of {@code [rangeFrom, rangeTo)} in scan order ({@code rangeTo == null}
     * means the table's end); the cursor must currently be inside that range.
     */
    void skip(byte[] rangeFrom, byte[] rangeTo) {
        if (key == null) {
            return;
        }
        if (reverse) {
            seekBefore(rangeFrom);
        } else if (rangeTo == null) {
            key = null;
        } else {
            seekAtOrAfter(rangeTo);
        }
    }

    @Override
    public void close() {
        key = null;
        iterator.close();
    }

    /** Positions at the first row whose key is at least {@code userKey} (null: the table start). */
    private void seekAtOrAfter(byte[] userKey) {
        iterator.seek(userKey == null ? tablePrefix : RowKeys.rowKey(tableId, userKey));
        load();
    }

    /** Positions at the last row whose key is below {@code userKey} (null: the table end). */
    private void seekBefore(byte[] userKey) {
        byte[] target = userKey == null ? RowKeys.tableEnd(tableId) : RowKeys.rowKey(tableId, userKey);
        if (target == null) {
            iterator.seekToLast();
        } else {
            iterator.seekForPrev(target);
            if (iterator.isValid()) {
                int length = readKey();
                if (Arrays.equals(scratch, 0, length, target, 0, target.length)) {
                    iterator.prev();
                }
            }
        }
        load();
    }

    /** Reads the iterator's current entry into {@link #key}, or null if it is outside the scan. */
    private void load() {
        if (!iterator.isValid()) {
            key = null;
            try {
                iterator.status();
            } catch (RocksDBException e) {
                throw new StorageException("Failed to iterate table " + Integer.toUnsignedString(tableId), e);
            }
            return;
        }
        int length = readKey();
        if (!RowKeys.inTable(tablePrefix, scratch, length)) {
            key = null;
            return;
        }
        byte[] candidate = Arrays.copyOfRange(scratch, RowKeys.PREFIX_LENGTH, length);
        boolean outside = reverse
                ? from != null && Arrays.compareUnsigned(candidate, from) < 0
                : to != null && Arrays.compareUnsigned(candidate, to) >= 0;
        key = outside ? null : candidate;
    }

    /** Copies the iterator's current stored key into {@link #scratch}; returns its length. */
    private int readKey() {
        int length = iterator.key(scratch, 0, scratch.length);
        if (length > scratch.length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
            iterator.key(scratch, 0, scratch.length);
        }
        return length;
    }
}
