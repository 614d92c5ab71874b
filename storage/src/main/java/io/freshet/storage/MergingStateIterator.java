package io.freshet.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@link StateIterator} that merges buffered write layers (newest first) over committed rows:
 * for each key the newest layer that has a point entry for it or a range deletion covering it
 * decides (a put shows its value, a delete hides the key); keys no layer touches show their
 * committed value. Committed rows inside a range deletion are skipped with one seek.
 */
final class MergingStateIterator implements StateIterator {
    private final BufferCursor[] layers;
    private final CommittedCursor committed;
    private final boolean reverse;
    private final OpenResources registry;
    private byte[] lastConsumed;
    private byte[] key;
    private byte[] value;
    private boolean closed;

    /**
     * Merges {@code layers} (newest first) over {@code committed} (null: no committed rows), and
     * registers itself in {@code registry} until closed.
     */
    MergingStateIterator(List<BufferCursor> layers, CommittedCursor committed, boolean reverse, OpenResources registry) {
        this.layers = layers.toArray(new BufferCursor[0]);
        this.committed = committed;
        this.reverse = reverse;
        this.registry = registry;
        registry.register(this);
    }

    @Override
    public boolean next() {
        if (closed) {
            throw new IllegalStateException("iterator is closed");
        }
        while (true) {
            byte[] smallest = null;
            for (BufferCursor layer : layers) {
                layer.catchUp(lastConsumed);
                byte[] head = layer.headKey();
                if (head != null && (smallest == null || precedes(head, smallest))) {
                    smallest = head;
                }
            }
            byte[] committedKey = committed == null ? null : committed.key();
            if (committedKey != null && (smallest == null || precedes(committedKey, smallest))) {
                smallest = committedKey;
            }
            if (smallest == null) {
                key = null;
                value = null;
                return false;
            }

            byte[] resolved = null;
            Map.Entry<byte[], byte[]> hidingRange = null;
            for (BufferCursor layer : layers) {
                byte[] head = layer.headKey();
                if (head != null && Arrays.equals(head, smallest)) {
                    resolved = layer.headValue();
                    break;
                }
                hidingRange = layer.buffer().ranges().covering(smallest);
                if (hidingRange != null) {
                    resolved = WriteBuffer.TOMBSTONE;
                    break;
                }
            }
            boolean committedHere = committedKey != null && Arrays.equals(committedKey, smallest);
            if (resolved == null) {
                resolved = committed.value();
            }

            for (BufferCursor layer : layers) {
                byte[] head = layer.headKey();
                if (head != null && Arrays.equals(head, smallest)) {
                    layer.advance();
                }
            }
            if (committedHere) {
                if (hidingRange != null) {
                    committed.skip(hidingRange.getKey(), hidingRange.getValue());
                } else {
                    committed.advance();
                }
            }
            lastConsumed = smallest;
            if (resolved != WriteBuffer.TOMBSTONE) {
                key = smallest;
                value = resolved;
                return true;
            }
        }
    }

    @Override
    public byte[] key() {
        return current(key);
    }

    @Override
    public byte[] value() {
        return current(value);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        key = null;
        value = null;
        if (committed != null) {
            committed.close();
        }
        registry.unregister(this);
    }

    private byte[] current(byte[] field) {
        if (field == null) {
            throw new IllegalStateException("no current row: call next() and check that it returned true");
        }
        return field;
    }

    private boolean precedes(byte[] a, byte[] b) {
        int order = Arrays.compareUnsigned(a, b);
        return reverse ? order > 0 : order < 0;
    }
}
