package io.freshet.storage;

import java.util.Objects;
import java.util.SortedMap;

/**
 * Durable map from catalog object ids to their serialized entries (opaque bytes the caller
 * encodes), plus the allocator of those ids.
 *
 * <p>Writes made here are immediate, each its own atomic write synced to the WAL; use
 * {@link EpochCommit#putCatalog} and {@link EpochCommit#deleteCatalog} instead to change the
 * catalog atomically with an epoch's state. Ids come from {@link #allocateId()}: they increase
 * monotonically and are never handed out again, across restarts too. Thread-safe.
 */
public final class CatalogStore {
    private final StorageEngine engine;
    private long nextId;

    CatalogStore(StorageEngine engine, long nextId) {
        this.engine = engine;
        this.nextId = nextId;
    }

    /** Every committed catalog entry by id, in ascending id order. */
    public SortedMap<Long, byte[]> loadAll() {
        engine.requireOpen();
        return engine.catalogEntries(engine.latestReads());
    }

    /** The committed entry of {@code id}, or {@code null}. */
    public byte[] get(long id) {
        engine.requireOpen();
        return engine.getMeta(engine.latestReads(), MetaKeys.catalogKey(id));
    }

    /** Durably sets the entry of {@code id}. */
    public void put(long id, byte[] entry) {
        Objects.requireNonNull(entry, "entry");
        engine.writeSynced(batch -> batch.putMeta(MetaKeys.catalogKey(id), entry));
    }

    /** Durably deletes the entry of {@code id}. */
    public void delete(long id) {
        engine.writeSynced(batch -> batch.deleteMeta(MetaKeys.catalogKey(id)));
    }

    /**
     * A new catalog id, larger than every id handed out or stored before; the allocation is
     * durable before the id is returned. Ids start at 1.
     */
    public synchronized long allocateId() {
        long id = nextId;
        engine.writeSynced(batch -> batch.putMeta(MetaKeys.NEXT_CATALOG_ID, LongBytes.encode(id + 1)));
        nextId = id + 1;
        return id;
    }
}
