package io.freshet.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Unit of atomic durability for one epoch: collects the write buffers of state tables, meta
 * entries (such as source offsets) and catalog changes, and writes all of them, together with the
 * epoch number, in one RocksDB write batch.
 *
 * <p>Obtained from {@link StorageEngine#beginCommit(long)}. {@link #add(StateTable)} takes the
 * table handle's current buffer (the handle starts a new one and keeps reading through the taken
 * one); {@link #write()} writes everything atomically and only then lets the handles forget the
 * taken buffers. If writing fails nothing is lost: the buffers stay with the commit and the
 * handles, and {@code write()} may be called again.
 *
 * <p><b>Order inside the batch.</b> All range deletions of all added tables come first, then all
 * point puts and deletes, then the meta and catalog writes in call order, then the epoch number.
 * So a put of this epoch survives a range deletion of this epoch even when they come from
 * different handles of the same table.
 *
 * <p><b>Threads.</b> Methods are synchronized: operators on different threads may add their
 * tables to the same commit; each must add its own handle from the thread that uses it. Commits
 * must be written in epoch order, and a table's earlier commit must be written before a later one
 * that holds more of its writes.
 */
public final class EpochCommit {
    private final StorageEngine engine;
    private final long epoch;
    private final List<StagedLayer> staged = new ArrayList<>();
    private final List<MetaWrite> metaWrites = new ArrayList<>();
    private boolean written;

    /** A table's write buffer taken by this commit. */
    private record StagedLayer(StateTable table, WriteBuffer layer) {
    }

    /** A meta column family write; a null value deletes. */
    private record MetaWrite(byte[] storedKey, byte[] value) {
    }

    EpochCommit(StorageEngine engine, long epoch) {
        this.engine = engine;
        this.epoch = epoch;
    }

    /** The epoch this commit makes durable. */
    public long epoch() {
        return epoch;
    }

    /**
     * Takes {@code table}'s pending writes into this commit. Adding a handle with no pending
     * writes does nothing; adding a handle again takes the writes made since, in order.
     */
    public synchronized EpochCommit add(StateTable table) {
        requireNotWritten();
        if (table.engine() != engine) {
            throw new IllegalArgumentException(table + " belongs to another storage engine");
        }
        WriteBuffer layer = table.sealFor(this);
        if (layer != null) {
            staged.add(new StagedLayer(table, layer));
        }
        return this;
    }

    /** Sets the meta entry {@code key} (for instance a source offset) as part of this commit. */
    public synchronized EpochCommit putMeta(byte[] key, byte[] value) {
        requireNotWritten();
        metaWrites.add(new MetaWrite(MetaKeys.userKey(key), Objects.requireNonNull(value, "value")));
        return this;
    }

    /** Deletes the meta entry {@code key} as part of this commit. */
    public synchronized EpochCommit deleteMeta(byte[] key) {
        requireNotWritten();
        metaWrites.add(new MetaWrite(MetaKeys.userKey(key), null));
        return this;
    }

    /** Sets catalog entry {@code id} as part of this commit (see {@link CatalogStore}). */
    public synchronized EpochCommit putCatalog(long id, byte[] entry) {
        requireNotWritten();
        metaWrites.add(new MetaWrite(MetaKeys.catalogKey(id), Objects.requireNonNull(entry, "entry")));
        return this;
    }

    /** Deletes catalog entry {@code id} as part of this commit. */
    public synchronized EpochCommit deleteCatalog(long id) {
        requireNotWritten();
        metaWrites.add(new MetaWrite(MetaKeys.catalogKey(id), null));
        return this;
    }

    /**
     * Writes every added buffer, meta and catalog write, and the epoch number in one atomic
     * RocksDB write (fsynced if {@link StorageOptions#syncWrites()}), then clears the taken
     * buffers from their handles.
     *
     * @throws IllegalStateException if already written, if the epoch is not above the last
     *     committed one, or if an earlier commit holding writes of an added table is unwritten
     * @throws StorageException if RocksDB fails; nothing was written and the call may be retried
     */
    public synchronized void write() {
        requireNotWritten();
        for (StagedLayer stagedLayer : staged) {
            if (stagedLayer.table().oldestInFlight() != stagedLayer.layer()) {
                throw new IllegalStateException("An earlier commit holding writes of " + stagedLayer.table()
                        + " has not been written; write commits in epoch order");
            }
        }
        engine.writeEpoch(epoch, batch -> {
            for (StagedLayer stagedLayer : staged) {
                batch.addRangeDeletions(stagedLayer.table().tableId(), stagedLayer.layer());
            }
            for (StagedLayer stagedLayer : staged) {
                batch.addPointWrites(stagedLayer.table().tableId(), stagedLayer.layer());
            }
            for (MetaWrite metaWrite : metaWrites) {
                if (metaWrite.value() == null) {
                    batch.deleteMeta(metaWrite.storedKey());
                } else {
                    batch.putMeta(metaWrite.storedKey(), metaWrite.value());
                }
            }
        });
        written = true;
        for (StagedLayer stagedLayer : staged) {
            stagedLayer.table().release(stagedLayer.layer());
        }
    }

    /** Whether {@link #write()} has succeeded. */
    public synchronized boolean isWritten() {
        return written;
    }

    @Override
    public String toString() {
        return "EpochCommit[" + epoch + "]";
    }

    private void requireNotWritten() {
        if (written) {
            throw new IllegalStateException(this + " is already written");
        }
    }
}
