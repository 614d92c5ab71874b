package io.freshet.storage;

import java.util.Map;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;

/**
 * One atomic RocksDB write being assembled: row writes and range deletions in the state column
 * family, entries in the meta column family. Built by the engine under its write lock and written
 * with a single {@code RocksDB.write}.
 */
final class CommitBatch implements AutoCloseable {
    /** What a caller puts into a batch. */
    @FunctionalInterface
    interface Contents {
        void addTo(CommitBatch batch) throws RocksDBException;
    }

    private final StorageEngine engine;
    private final WriteBatch batch = new WriteBatch();
    private final ColumnFamilyHandle state;
    private final ColumnFamilyHandle meta;

    CommitBatch(StorageEngine engine) {
        this.engine = engine;
        this.state = engine.stateFamily();
        this.meta = engine.metaFamily();
    }

    /** Adds the range deletions recorded in {@code layer} for table {@code tableId}. */
    void addRangeDeletions(int tableId, WriteBuffer layer) throws RocksDBException {
        for (Map.Entry<byte[], byte[]> range : layer.ranges().intervals()) {
            deleteRows(tableId, range.getKey(), range.getValue());
        }
    }

    /** Adds the point puts and deletes buffered in {@code layer} for table {@code tableId}. */
    void addPointWrites(int tableId, WriteBuffer layer) throws RocksDBException {
        for (Map.Entry<byte[], byte[]> entry : layer.entries().entrySet()) {
            byte[] rowKey = RowKeys.rowKey(tableId, entry.getKey());
            if (entry.getValue() == WriteBuffer.TOMBSTONE) {
                batch.delete(state, rowKey);
            } else {
                batch.put(state, rowKey, entry.getValue());
            }
        }
    }

    /**
     * Deletes the rows of {@code tableId} in {@code [from, to)} ({@code to == null}: to the table's
     * end) with a RocksDB range deletion. Table {@code 0xFFFFFFFF} has no finite end key, so an
     * unbounded deletion there deletes the rows it finds one by one; that is exact because the
     * caller holds the engine's write lock.
     */
    void deleteRows(int tableId, byte[] from, byte[] to) throws RocksDBException {
        byte[] start = RowKeys.rowKey(tableId, from);
        byte[] end = to == null ? RowKeys.tableEnd(tableId) : RowKeys.rowKey(tableId, to);
        if (end != null) {
            batch.deleteRange(state, start, end);
            return;
        }
        try (RocksIterator rows = engine.db().newIterator(state, engine.latestReads())) {
            for (rows.seek(start); rows.isValid(); rows.next()) {
                batch.delete(state, rows.key());
            }
            rows.status();
        }
    }

    /** Sets the meta entry stored under {@code storedKey}. */
    void putMeta(byte[] storedKey, byte[] value) throws RocksDBException {
        batch.put(meta, storedKey, value);
    }

    /** Deletes the meta entry stored under {@code storedKey}. */
    void deleteMeta(byte[] storedKey) throws RocksDBException {
        batch.delete(meta, storedKey);
    }

    WriteBatch writeBatch() {
        return batch;
    }

    @Override
    public void close() {
        batch.close();
    }
}
