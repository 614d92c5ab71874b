package io.freshet.storage;

import io.freshet.storage.keys.KeyRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Table of keyed operator or view state that buffers the current epoch's writes in memory and
 * reads through them to the committed rows in RocksDB.
 *
 * <p>A handle is obtained from {@link StorageEngine#stateTable(int)} and names one table id;
 * several handles may exist for the same id (for instance one per worker shard, each touching its
 * own keys). Keys and values are opaque byte strings ordered unsigned-lexicographically; build
 * keys with {@link io.freshet.storage.keys.KeyWriter}.
 *
 * <p><b>Writes</b> ({@link #put}, {@link #delete}, {@link #deleteRange}) go to the handle's write
 * buffer. {@link EpochCommit#add(StateTable)} hands the buffer to a commit, after which the handle
 * starts a fresh buffer; the handed-over writes stay visible through this handle until the commit
 * is written to RocksDB (and remain there, for a retry, if writing fails).
 *
 * <p><b>Reads</b> ({@link #get}, {@link #multiGet}, the scans) see the latest state: this handle's
 * buffered writes, then its writes handed to commits not yet written, then the committed rows.
 * They do not see other handles' buffers. Scans merge all of these: buffered puts override
 * committed values, buffered deletes and range deletions hide committed rows.
 *
 * <p><b>Threads.</b> A handle is used by one thread at a time, including the call to
 * {@link EpochCommit#add}; the commit's {@link EpochCommit#write()} may run on another thread.
 * Writing through the handle while one of its scans is open is allowed: the scan sees writes to
 * keys it has not reached yet. Arrays passed in or returned are shared, not copied: do not modify
 * them.
 */
public final class StateTable {
    private final StorageEngine engine;
    private final int tableId;
    private WriteBuffer current = new WriteBuffer();
    /** Layers handed to commits that are not written yet, newest first; replaced, never mutated. */
    private volatile List<WriteBuffer> inFlight = List.of();
    private byte[] rowKeyScratch = new byte[64];

    StateTable(StorageEngine engine, int tableId) {
        this.engine = engine;
        this.tableId = tableId;
    }

    /** The id of the table this handle reads and writes. */
    public int tableId() {
        return tableId;
    }

    /** The latest value of {@code key}, or {@code null} if it has none. */
    public byte[] get(byte[] key) {
        List<WriteBuffer> handedOver = inFlight;
        byte[] buffered = lookupBuffered(key, handedOver);
        if (buffered != null) {
            return buffered == WriteBuffer.TOMBSTONE ? null : buffered;
        }
        int length = RowKeys.PREFIX_LENGTH + key.length;
        if (rowKeyScratch.length < length) {
            rowKeyScratch = new byte[Math.max(length, rowKeyScratch.length * 2)];
        }
        RowKeys.writePrefix(tableId, rowKeyScratch);
        System.arraycopy(key, 0, rowKeyScratch, RowKeys.PREFIX_LENGTH, key.length);
        return engine.getRow(engine.latestReads(), rowKeyScratch, length);
    }

    /**
     * The latest values of {@code keys}, in the same order ({@code null} where a key has none);
     * keys not resolved by the buffers are read from RocksDB in one batched call.
     */
    public List<byte[]> multiGet(List<byte[]> keys) {
        List<WriteBuffer> handedOver = inFlight;
        List<byte[]> values = new ArrayList<>(keys.size());
        List<byte[]> unresolved = new ArrayList<>();
        int[] unresolvedPositions = new int[keys.size()];
        for (byte[] key : keys) {
            byte[] buffered = lookupBuffered(key, handedOver);
            if (buffered == null) {
                unresolvedPositions[unresolved.size()] = values.size();
                unresolved.add(key);
            }
            values.add(buffered == WriteBuffer.TOMBSTONE ? null : buffered);
        }
        if (!unresolved.isEmpty()) {
            List<byte[]> committed = engine.multiGetRows(engine.latestReads(), tableId, unresolved);
            for (int i = 0; i < committed.size(); i++) {
                values.set(unresolvedPositions[i], committed.get(i));
            }
        }
        return values;
    }

    /** Sets {@code key} to {@code value} (an empty value is a value, not a delete). */
    public void put(byte[] key, byte[] value) {
        current.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    }

    /** Deletes {@code key}. */
    public void delete(byte[] key) {
        current.delete(Objects.requireNonNull(key, "key"));
    }

    /**
     * Deletes every row with a key in {@code [fromInclusive, toExclusive)} ({@code null} bounds
     * reach the table's start or end): drops buffered writes in the range now and deletes the
     * committed rows at commit, before this epoch's later puts, which therefore survive.
     */
    public void deleteRange(byte[] fromInclusive, byte[] toExclusive) {
        current.deleteRange(fromInclusive == null ? StorageEngine.EMPTY : fromInclusive, toExclusive);
    }

    /** Rows with keys in {@code [fromInclusive, toExclusive)} in ascending order; null bounds are open. */
    public StateIterator scan(byte[] fromInclusive, byte[] toExclusive) {
        return open(fromInclusive, toExclusive, false);
    }

    /** Rows in {@code range} in ascending key order. */
    public StateIterator scan(KeyRange range) {
        return open(range.fromInclusive(), range.toExclusive(), false);
    }

    /** Rows with keys in {@code [fromInclusive, toExclusive)} in descending order; null bounds are open. */
    public StateIterator scanReverse(byte[] fromInclusive, byte[] toExclusive) {
        return open(fromInclusive, toExclusive, true);
    }

    /** Rows whose key starts with {@code prefix}, in ascending key order (all rows for an empty prefix). */
    public StateIterator scanPrefix(byte[] prefix) {
        return open(prefix, KeyRange.prefixEnd(prefix), false);
    }

    /** Rows whose key starts with {@code prefix}, in descending key order. */
    public StateIterator scanPrefixReverse(byte[] prefix) {
        return open(prefix, KeyRange.prefixEnd(prefix), true);
    }

    /** Whether this handle holds writes not yet handed to a commit. */
    public boolean isDirty() {
        return !current.isEmpty();
    }

    /**
     * Approximate heap bytes of the writes this handle holds: its current buffer plus the buffers
     * handed to commits that are not written yet.
     */
    public long bufferedBytes() {
        long bytes = current.bytes();
        for (WriteBuffer layer : inFlight) {
            bytes += layer.bytes();
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "StateTable[" + Integer.toUnsignedString(tableId) + "]";
    }

    StorageEngine engine() {
        return engine;
    }

    /**
     * Hands the current buffer to {@code commit} and starts a new one. Returns the sealed layer,
     * or {@code null} when there was nothing to hand over or the writes were folded into a layer
     * already handed to the same commit.
     */
    synchronized WriteBuffer sealFor(EpochCommit commit) {
        if (current.isEmpty()) {
            return null;
        }
        List<WriteBuffer> handedOver = inFlight;
        if (!handedOver.isEmpty() && handedOver.get(0).sealedFor() == commit) {
            handedOver.get(0).absorb(current);
            current = new WriteBuffer();
            return null;
        }
        WriteBuffer sealed = current;
        sealed.sealFor(commit);
        List<WriteBuffer> updated = new ArrayList<>(handedOver.size() + 1);
        updated.add(sealed);
        updated.addAll(handedOver);
        inFlight = List.copyOf(updated);
        current = new WriteBuffer();
        return sealed;
    }

    /** The oldest layer handed to a commit and not yet written, or {@code null}. */
    WriteBuffer oldestInFlight() {
        List<WriteBuffer> handedOver = inFlight;
        return handedOver.isEmpty() ? null : handedOver.get(handedOver.size() - 1);
    }

    /** Forgets {@code layer} once its commit is written to RocksDB. */
    synchronized void release(WriteBuffer layer) {
        List<WriteBuffer> updated = new ArrayList<>(inFlight);
        updated.remove(layer);
        inFlight = List.copyOf(updated);
    }

    private byte[] lookupBuffered(byte[] key, List<WriteBuffer> handedOver) {
        byte[] buffered = current.lookup(key);
        for (int i = 0; buffered == null && i < handedOver.size(); i++) {
            buffered = handedOver.get(i).lookup(key);
        }
        return buffered;
    }

    private StateIterator open(byte[] from, byte[] to, boolean reverse) {
        List<WriteBuffer> handedOver = inFlight;
        List<BufferCursor> layers = new ArrayList<>(1 + handedOver.size());
        boolean empty = from != null && to != null && Arrays.compareUnsigned(from, to) >= 0;
        if (empty) {
            return new MergingStateIterator(layers, null, reverse, engine.openResources());
        }
        layers.add(new BufferCursor(current, from, to, reverse));
        for (WriteBuffer layer : handedOver) {
            layers.add(new BufferCursor(layer, from, to, reverse));
        }
        CommittedCursor committed = engine.openCommittedCursor(engine.latestReads(), tableId, from, to, reverse);
        return new MergingStateIterator(layers, committed, reverse, engine.openResources());
    }
}
