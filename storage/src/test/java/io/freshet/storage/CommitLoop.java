package io.freshet.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child-process program for {@link CrashDurabilityTest}: commits epochs in an endless loop and
 * prints {@code committed <epoch>} on its own line once an epoch's commit has returned. Every epoch writes
 * {@code rows} rows into tables {@link #HISTORY} and {@link #LAST_TABLE_ID} (kept forever), replaces
 * the whole content of {@link #LATEST} (range deletion, then puts), bumps a counter row and the
 * meta entry {@link #OFFSET}.
 *
 * <p>Arguments: the store directory and the number of rows per table and epoch.
 */
public final class CommitLoop {
    static final int HISTORY = 1;
    static final int LATEST = 2;
    static final int COUNTER = 3;
    static final int LAST_TABLE_ID = 0xFFFFFFFF;
    static final byte[] OFFSET = "offset".getBytes(StandardCharsets.US_ASCII);
    /** Start of the line that reports a committed epoch. */
    static final String COMMITTED = "committed ";
    static final byte[] COUNTER_KEY = "last".getBytes(StandardCharsets.US_ASCII);

    private CommitLoop() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        try (StorageEngine engine = StorageEngine.open(directory, TestStores.OPTIONS)) {
            StateTable history = engine.stateTable(HISTORY);
            StateTable latest = engine.stateTable(LATEST);
            StateTable lastTable = engine.stateTable(LAST_TABLE_ID);
            StateTable counter = engine.stateTable(COUNTER);
            for (long epoch = engine.lastCommittedEpoch() + 1; ; epoch++) {
                latest.deleteRange(null, null);
                for (int row = 0; row < rows; row++) {
                    history.put(key(epoch, row), value(epoch, row));
                    lastTable.put(key(epoch, row), value(epoch, row));
                    latest.put(key(epoch, row), value(epoch, row));
                }
                counter.put(COUNTER_KEY, encode(epoch));
                engine.beginCommit(epoch).add(history).add(latest).add(lastTable).add(counter)
                        .putMeta(OFFSET, encode(epoch))
                        .write();
                System.out.println(COMMITTED + epoch);
                System.out.flush();
            }
        }
    }

    static byte[] key(long epoch, int row) {
        return ByteBuffer.allocate(12).putLong(epoch).putInt(row).array();
    }

    static byte[] value(long epoch, int row) {
        return ("epoch " + epoch + " row " + row).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] encode(long number) {
        return ByteBuffer.allocate(8).putLong(number).array();
    }

    static long decode(byte[] bytes) {
        return ByteBuffer.wrap(bytes).getLong();
    }
}
