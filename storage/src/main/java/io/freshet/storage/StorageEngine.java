package io.freshet.storage;

import io.freshet.storage.keys.KeyRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Checkpoint;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Snapshot;
import org.rocksdb.WriteOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owner of the one RocksDB instance that holds all of Freshet's durable state: state tables,
 * catalog entries, meta entries (such as source offsets) and the last committed epoch.
 *
 * <p>Column family {@code default} holds the rows of every state table, each under its table's
 * 4-byte big-endian id; column family {@code meta} holds the rest. Tables are created implicitly by
 * writing to them and removed with {@link #dropTable(int)}.
 *
 * <ul>
 *   <li>{@link #stateTable(int)}: a handle that buffers an epoch's writes and reads through them;</li>
 *   <li>{@link #beginCommit(long)}: an {@link EpochCommit} that writes tables, meta and catalog
 *       changes and the epoch number in one atomic write;</li>
 *   <li>{@link #snapshot()}: a consistent {@link ReadSnapshot} of the committed state;</li>
 *   <li>{@link #catalog()}: the {@link CatalogStore};</li>
 *   <li>{@link #getMeta(byte[])}, {@link #metaWithPrefix(byte[])}: committed meta entries.</li>
 * </ul>
 *
 * <p>Thread-safe, except that {@link #close()} must not run concurrently with other calls on the
 * engine or on objects obtained from it; it closes the iterators and snapshots still open.
 */
public final class StorageEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StorageEngine.class);

    /** The empty key: the smallest key of any table. */
    static final byte[] EMPTY = new byte[0];

    private static final String META_FAMILY = "meta";
    private static final int BLOOM_BITS_PER_KEY = 10;
    private static final long META_WRITE_BUFFER_BYTES = 8L << 20;

    private final Path directory;
    private final RocksDB db;
    private final ColumnFamilyHandle stateFamily;
    private final ColumnFamilyHandle metaFamily;
    private final List<ColumnFamilyHandle> familyHandles;
    /** Native option objects, closed after the database, in reverse order. */
    private final List<AutoCloseable> nativeOptions;
    private final ReadOptions latestReads = new ReadOptions();
    private final WriteOptions commitWrites;
    private final WriteOptions syncedWrites = new WriteOptions().setSync(true);
    private final ReentrantLock writeLock = new ReentrantLock();
    private final OpenResources openResources = new OpenResources();
    private final CatalogStore catalog;
    private volatile long lastCommittedEpoch;
    private volatile boolean closed;

    private StorageEngine(Path directory, StorageOptions options, RocksDB db, List<ColumnFamilyHandle> familyHandles,
            List<AutoCloseable> nativeOptions) {
        this.directory = directory;
        this.db = db;
        this.familyHandles = familyHandles;
        this.stateFamily = familyHandles.get(0);
        this.metaFamily = familyHandles.get(1);
        this.nativeOptions = nativeOptions;
        this.commitWrites = new WriteOptions().setSync(options.syncWrites());
        try {
            this.lastCommittedEpoch = readLastEpoch(latestReads);
            this.catalog = new CatalogStore(this, readNextCatalogId());
        } catch (RuntimeException e) {
            latestReads.close();
            commitWrites.close();
            syncedWrites.close();
            throw e;
        }
    }

    /** Opens (creating if needed) the store in {@code directory} with default options. */
    public static StorageEngine open(Path directory) {
        return open(directory, StorageOptions.defaults());
    }

    /**
     * Opens (creating if needed) the store in {@code directory}. Commits that reached the
     * write-ahead log before a crash are recovered; the last committed epoch, meta and catalog
     * entries are as the last successful writes left them.
     *
     * @throws StorageException if the directory cannot be created or RocksDB cannot open it
     */
    public static StorageEngine open(Path directory, StorageOptions options) {
        RocksDB.loadLibrary();
        List<AutoCloseable> nativeOptions = new ArrayList<>();
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            LRUCache blockCache = own(nativeOptions, new LRUCache(options.blockCacheBytes()));
            BloomFilter bloomFilter = own(nativeOptions, new BloomFilter(BLOOM_BITS_PER_KEY));
            BlockBasedTableConfig tableConfig = new BlockBasedTableConfig()
                    .setBlockCache(blockCache)
                    .setFilterPolicy(bloomFilter)
                    .setCacheIndexAndFilterBlocks(true)
                    .setPinL0FilterAndIndexBlocksInCache(true);
            CompressionType compression = options.lz4Compression()
                    ? CompressionType.LZ4_COMPRESSION : CompressionType.NO_COMPRESSION;
            ColumnFamilyOptions stateOptions = own(nativeOptions, new ColumnFamilyOptions()
                    .setTableFormatConfig(tableConfig)
                    .setCompressionType(compression)
                    .setWriteBufferSize(options.writeBufferBytes()));
            ColumnFamilyOptions metaOptions = own(nativeOptions, new ColumnFamilyOptions()
                    .setTableFormatConfig(tableConfig)
                    .setCompressionType(compression)
                    .setWriteBufferSize(Math.min(options.writeBufferBytes(), META_WRITE_BUFFER_BYTES)));
            DBOptions dbOptions = own(nativeOptions, new DBOptions()
                    .setCreateIfMissing(true)
                    .setCreateMissingColumnFamilies(true)
                    .setMaxBackgroundJobs(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())))
                    .setKeepLogFileNum(4));

            List<ColumnFamilyDescriptor> families = new ArrayList<>();
            families.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, stateOptions));
            families.add(new ColumnFamilyDescriptor(META_FAMILY.getBytes(StandardCharsets.UTF_8), metaOptions));
            for (byte[] existing : existingFamilies(directory)) {
                if (families.stream().noneMatch(f -> Arrays.equals(f.getName(), existing))) {
                    families.add(new ColumnFamilyDescriptor(existing, metaOptions));
                }
            }
            RocksDB db = RocksDB.open(dbOptions, directory.toString(), families, handles);
            try {
                StorageEngine engine = new StorageEngine(directory, options, db, handles, nativeOptions);
                LOG.info("Opened storage at {}; last committed epoch {}", directory, engine.lastCommittedEpoch);
                return engine;
            } catch (RuntimeException e) {
                handles.forEach(ColumnFamilyHandle::close);
                db.close();
                throw e;
            }
        } catch (RocksDBException | IOException e) {
            handles.forEach(ColumnFamilyHandle::close);
            closeAll(nativeOptions);
            throw new StorageException("Failed to open storage at " + directory, e);
        } catch (RuntimeException e) {
            closeAll(nativeOptions);
            throw e;
        }
    }

    /** The directory holding the store. */
    public Path directory() {
        return directory;
    }

    /** A new handle on state table {@code tableId} (any int; ids compare as unsigned). */
    public StateTable stateTable(int tableId) {
        requireOpen();
        return new StateTable(this, tableId);
    }

    /**
     * Starts the commit of {@code epoch}, which must be above {@link #lastCommittedEpoch()}.
     * Several commits may be open at once (later epochs collecting writes while an earlier one is
     * written), but they must be written in epoch order.
     */
    public EpochCommit beginCommit(long epoch) {
        requireOpen();
        if (epoch <= lastCommittedEpoch) {
            throw new IllegalArgumentException("Epoch " + epoch + " is not above the last committed epoch "
                    + lastCommittedEpoch);
        }
        return new EpochCommit(this, epoch);
    }

    /** The last epoch written by an {@link EpochCommit}, restored on reopen; 0 for a new store. */
    public long lastCommittedEpoch() {
        return lastCommittedEpoch;
    }

    /** The committed meta entry {@code key}, or {@code null}. */
    public byte[] getMeta(byte[] key) {
        requireOpen();
        return getMeta(latestReads, MetaKeys.userKey(key));
    }

    /** The committed meta entries whose key starts with {@code prefix}, sorted by key. */
    public NavigableMap<byte[], byte[]> metaWithPrefix(byte[] prefix) {
        requireOpen();
        return metaWithPrefix(latestReads, prefix);
    }

    /** A consistent snapshot of the committed state; close it when done. */
    public ReadSnapshot snapshot() {
        requireOpen();
        ReadSnapshot snapshot = new ReadSnapshot(this);
        openResources.register(snapshot);
        return snapshot;
    }

    /**
     * Durably deletes every committed row of table {@code tableId} in its own atomic, synced write.
     * Buffered writes of open handles on that table are not affected.
     */
    public void dropTable(int tableId) {
        writeSynced(batch -> batch.deleteRows(tableId, EMPTY, null));
    }

    /** The durable catalog of this store. */
    public CatalogStore catalog() {
        requireOpen();
        return catalog;
    }

    /**
     * Writes a consistent copy of the store (hard links where possible) into {@code target}, which
     * must not exist yet; {@link #open} can open it.
     */
    public void checkpoint(Path target) {
        requireOpen();
        try (Checkpoint checkpoint = Checkpoint.create(db)) {
            checkpoint.createCheckpoint(target.toString());
        } catch (RocksDBException e) {
            throw new StorageException("Failed to create a checkpoint at " + target, e);
        }
    }

    /**
     * Closes the iterators and snapshots still open, syncs the write-ahead log and closes RocksDB.
     * Closing twice is harmless.
     */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            openResources.closeAll();
            try {
                db.syncWal();
            } catch (RocksDBException e) {
                LOG.warn("Failed to sync the write-ahead log of {}", directory, e);
            }
            familyHandles.forEach(ColumnFamilyHandle::close);
            try {
                db.closeE();
            } catch (RocksDBException e) {
                LOG.warn("Failed to close RocksDB at {}", directory, e);
            }
            latestReads.close();
            commitWrites.close();
            syncedWrites.close();
            closeAll(nativeOptions);
            LOG.info("Closed storage at {}", directory);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "StorageEngine[" + directory + "]";
    }

    // ---- package-private plumbing for StateTable, EpochCommit, ReadSnapshot, CatalogStore ----

    RocksDB db() {
        return db;
    }

    ColumnFamilyHandle stateFamily() {
        return stateFamily;
    }

    ColumnFamilyHandle metaFamily() {
        return metaFamily;
    }

    /** Read options without snapshot: the latest committed data. Shared, never modified. */
    ReadOptions latestReads() {
        return latestReads;
    }

    OpenResources openResources() {
        return openResources;
    }

    void requireOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
    }

    /** The committed value stored under the first {@code length} bytes of {@code rowKey}. */
    byte[] getRow(ReadOptions readOptions, byte[] rowKey, int length) {
        requireOpen();
        try {
            return db.get(stateFamily, readOptions, rowKey, 0, length);
        } catch (RocksDBException e) {
            throw new StorageException("Failed to read a row", e);
        }
    }

    /** The committed values of rows {@code keys} of {@code tableId}, in one batched read. */
    List<byte[]> multiGetRows(ReadOptions readOptions, int tableId, List<byte[]> keys) {
        requireOpen();
        List<byte[]> rowKeys = new ArrayList<>(keys.size());
        for (byte[] key : keys) {
            rowKeys.add(RowKeys.rowKey(tableId, key));
        }
        try {
            return db.multiGetAsList(readOptions, Collections.nCopies(rowKeys.size(), stateFamily), rowKeys);
        } catch (RocksDBException e) {
            throw new StorageException("Failed to read rows of table " + Integer.toUnsignedString(tableId), e);
        }
    }

    /** A cursor over the committed rows of {@code tableId} in {@code [from, to)}. */
    CommittedCursor openCommittedCursor(ReadOptions readOptions, int tableId, byte[] from, byte[] to, boolean reverse) {
        requireOpen();
        return new CommittedCursor(db.newIterator(stateFamily, readOptions), tableId, from, to, reverse);
    }

    /** The value stored in the meta column family under {@code storedKey}. */
    byte[] getMeta(ReadOptions readOptions, byte[] storedKey) {
        try {
            return db.get(metaFamily, readOptions, storedKey);
        } catch (RocksDBException e) {
            throw new StorageException("Failed to read meta entry", e);
        }
    }

    /** The caller's meta entries starting with {@code prefix}, keyed without namespace. */
    NavigableMap<byte[], byte[]> metaWithPrefix(ReadOptions readOptions, byte[] prefix) {
        NavigableMap<byte[], byte[]> entries = new TreeMap<>(Arrays::compareUnsigned);
        scanMeta(readOptions, MetaKeys.userPrefixRange(prefix),
                (storedKey, value) -> entries.put(MetaKeys.userKeyOf(storedKey), value));
        return entries;
    }

    /** The catalog entries by id. */
    SortedMap<Long, byte[]> catalogEntries(ReadOptions readOptions) {
        SortedMap<Long, byte[]> entries = new TreeMap<>();
        scanMeta(readOptions, KeyRange.of(MetaKeys.CATALOG_START, MetaKeys.CATALOG_END),
                (storedKey, value) -> entries.put(MetaKeys.catalogIdOf(storedKey), value));
        return entries;
    }

    /** The last committed epoch as seen through {@code readOptions}. */
    long readLastEpoch(ReadOptions readOptions) {
        byte[] stored = getMeta(readOptions, MetaKeys.LAST_EPOCH);
        return stored == null ? 0 : LongBytes.decode(stored, 0);
    }

    void releaseSnapshot(ReadSnapshot owner, Snapshot snapshot) {
        openResources.unregister(owner);
        db.releaseSnapshot(snapshot);
    }

    /**
     * Writes {@code contents} plus the epoch number as one atomic write (fsynced if the options
     * say so) and advances {@link #lastCommittedEpoch()}.
     */
    void writeEpoch(long epoch, CommitBatch.Contents contents) {
        writeLock.lock();
        try {
            requireOpen();
            if (epoch <= lastCommittedEpoch) {
                throw new IllegalStateException("Epoch " + epoch + " is not above the last committed epoch "
                        + lastCommittedEpoch);
            }
            write(commitWrites, batch -> {
                contents.addTo(batch);
                batch.putMeta(MetaKeys.LAST_EPOCH, LongBytes.encode(epoch));
            }, "commit epoch " + epoch);
            lastCommittedEpoch = epoch;
        } finally {
            writeLock.unlock();
        }
    }

    /** Writes {@code contents} as one atomic write synced to the WAL. */
    void writeSynced(CommitBatch.Contents contents) {
        writeLock.lock();
        try {
            requireOpen();
            write(syncedWrites, contents, "write");
        } finally {
            writeLock.unlock();
        }
    }

    private void write(WriteOptions writeOptions, CommitBatch.Contents contents, String what) {
        try (CommitBatch batch = new CommitBatch(this)) {
            contents.addTo(batch);
            db.write(writeOptions, batch.writeBatch());
        } catch (RocksDBException e) {
            throw new StorageException("Failed to " + what + " at " + directory, e);
        }
    }

    private long readNextCatalogId() {
        byte[] stored = getMeta(latestReads, MetaKeys.NEXT_CATALOG_ID);
        long next = stored == null ? 1 : LongBytes.decode(stored, 0);
        try (RocksIterator last = db.newIterator(metaFamily, latestReads)) {
            last.seekForPrev(MetaKeys.CATALOG_END);
            if (last.isValid() && KeyRange.of(MetaKeys.CATALOG_START, MetaKeys.CATALOG_END).contains(last.key())) {
                next = Math.max(next, MetaKeys.catalogIdOf(last.key()) + 1);
            }
        }
        return next;
    }

    /** Calls {@code consumer} for each meta entry whose stored key lies in {@code range} (both bounds set). */
    private void scanMeta(ReadOptions readOptions, KeyRange range, BiConsumer<byte[], byte[]> consumer) {
        requireOpen();
        try (RocksIterator entries = db.newIterator(metaFamily, readOptions)) {
            for (entries.seek(range.fromInclusive()); entries.isValid(); entries.next()) {
                byte[] storedKey = entries.key();
                if (!range.contains(storedKey)) {
                    break;
                }
                consumer.accept(storedKey, entries.value());
            }
            entries.status();
        } catch (RocksDBException e) {
            throw new StorageException("Failed to scan meta entries", e);
        }
    }

    private static List<byte[]> existingFamilies(Path directory) throws RocksDBException {
        if (!Files.exists(directory.resolve("CURRENT"))) {
            return List.of();
        }
        try (Options options = new Options()) {
            return RocksDB.listColumnFamilies(options, directory.toString());
        }
    }

    private static <T extends AutoCloseable> T own(List<AutoCloseable> owned, T resource) {
        owned.add(resource);
        return resource;
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("Failed to close {}", resources.get(i), e);
            }
        }
    }
}
