package io.freshet.storage;

import io.freshet.storage.keys.KeyRange;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.SortedMap;
import org.rocksdb.ReadOptions;
import org.rocksdb.Snapshot;

/**
 * Consistent, read-only view of the committed store at one instant: the rows of every table, the
 * meta and catalog entries exactly as they were after some whole epoch commit, never part of one.
 * Backed by a RocksDB snapshot, which must be released with {@link #close()}.
 *
 * <p>Buffered, uncommitted writes of {@link StateTable} handles are not visible. A snapshot may be
 * read by several threads at once; each {@link StateIterator} it opens belongs to one thread.
 * Closing the snapshot closes the iterators still open on it. Returned arrays must not be modified.
 */
public final class ReadSnapshot implements AutoCloseable {
    private final StorageEngine engine;
    private final Snapshot snapshot;
    private final ReadOptions readOptions;
    private final OpenResources iterators = new OpenResources();
    private final long epoch;
    private volatile boolean closed;

    /** Takes a snapshot of {@code engine}'s current committed state. */
    ReadSnapshot(StorageEngine engine) {
        this.engine = engine;
        this.snapshot = engine.db().getSnapshot();
        this.readOptions = new ReadOptions().setSnapshot(snapshot);
        try {
            this.epoch = engine.readLastEpoch(readOptions);
        } catch (RuntimeException e) {
            readOptions.close();
            engine.db().releaseSnapshot(snapshot);
            throw e;
        }
    }

    /** The last epoch committed when this snapshot was taken (0 if none). */
    public long epoch() {
        return epoch;
    }

    /** The value of row {@code key} of table {@code tableId}, or {@code null}. */
    public byte[] get(int tableId, byte[] key) {
        requireOpen();
        byte[] rowKey = RowKeys.rowKey(tableId, key);
        return engine.getRow(readOptions, rowKey, rowKey.length);
    }

    /** The values of rows {@code keys} of table {@code tableId}, in order, read in one batched call. */
    public List<byte[]> multiGet(int tableId, List<byte[]> keys) {
        requireOpen();
        return engine.multiGetRows(readOptions, tableId, keys);
    }

    /** Rows of {@code tableId} with keys in {@code [fromInclusive, toExclusive)}, ascending; null bounds are open. */
    public StateIterator scan(int tableId, byte[] fromInclusive, byte[] toExclusive) {
        return open(tableId, fromInclusive, toExclusive, false);
    }

    /** Rows of {@code tableId} with keys in {@code range}, ascending. */
    public StateIterator scan(int tableId, KeyRange range) {
        return open(tableId, range.fromInclusive(), range.toExclusive(), false);
    }

    /** Rows of {@code tableId} with keys in {@code [fromInclusive, toExclusive)}, descending; null bounds are open. */
    public StateIterator scanReverse(int tableId, byte[] fromInclusive, byte[] toExclusive) {
        return open(tableId, fromInclusive, toExclusive, true);
    }

    /** Rows of {@code tableId} whose key starts with {@code prefix}, ascending. */
    public StateIterator scanPrefix(int tableId, byte[] prefix) {
        return open(tableId, prefix, KeyRange.prefixEnd(prefix), false);
    }

    /** Rows of {@code tableId} whose key starts with {@code prefix}, descending. */
    public StateIterator scanPrefixReverse(int tableId, byte[] prefix) {
        return open(tableId, prefix, KeyRange.prefixEnd(prefix), true);
    }

    /** The meta entry {@code key}, or {@code null}. */
    public byte[] getMeta(byte[] key) {
        requireOpen();
        return engine.getMeta(readOptions, MetaKeys.userKey(key));
    }

    /** The meta entries whose key starts with {@code prefix}, sorted by key. */
    public NavigableMap<byte[], byte[]> metaWithPrefix(byte[] prefix) {
        requireOpen();
        return engine.metaWithPrefix(readOptions, prefix);
    }

    /** The catalog entries by id, as of this snapshot. */
    public SortedMap<Long, byte[]> catalogEntries() {
        requireOpen();
        return engine.catalogEntries(readOptions);
    }

    /** Closes the iterators still open on this snapshot and releases it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        iterators.closeAll();
        readOptions.close();
        engine.releaseSnapshot(this, snapshot);
    }

    @Override
    public String toString() {
        return "ReadSnapshot[epoch " + epoch + "]";
    }

    private StateIterator open(int tableId, byte[] from, byte[] to, boolean reverse) {
        requireOpen();
        if (from != null && to != null && Arrays.compareUnsigned(from, to) >= 0) {
            return new MergingStateIterator(List.of(), null, reverse, iterators);
        }
        CommittedCursor committed = engine.openCommittedCursor(readOptions, tableId, from, to, reverse);
        return new MergingStateIterator(List.of(), committed, reverse, iterators);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
        engine.requireOpen();
    }
}
