package io.freshet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that commits epochs in a loop ({@link CommitLoop}) with SIGKILL, twice, and
 * checks after each kill that every epoch the child reported as committed is in the store with all
 * its rows, and that nothing of a later, partial epoch is visible.
 */
class CrashDurabilityTest {
    private static final int ROWS = 300;
    private static final int EPOCHS_BEFORE_KILL = 25;
    private static final String END_OF_OUTPUT = "<eof>";

    @TempDir
    Path directory;

    @Test
    void everyReportedEpochSurvivesKillNineAndNoPartialEpochIsVisible() throws Exception {
        Path store = directory.resolve("store");
        long reported = 0;
        for (int round = 1; round <= 2; round++) {
            long reportedThisRound = runChildAndKill(store, round);
            assertThat(reportedThisRound).as("round %d reported epochs", round).isGreaterThan(reported);
            reported = reportedThisRound;
            verifyStore(store, reported);
        }
    }

    /** Runs the child until it reports enough epochs, kills it, returns the highest epoch it reported. */
    private long runChildAndKill(Path store, int round) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = directory.resolve("child-" + round + ".err");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CommitLoop.class.getName(), store.toString(), Integer.toString(ROWS))
                .redirectError(errors.toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the pipe breaks when the child dies
            } finally {
                lines.add(END_OF_OUTPUT);
            }
        });
        reader.start();

        long highest = 0;
        int seen = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (seen < EPOCHS_BEFORE_KILL) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null || line.equals(END_OF_OUTPUT)) {
                    throw new AssertionError("child stopped reporting epochs; stderr:\n" + Files.readString(errors));
                }
                if (line.startsWith(CommitLoop.COMMITTED)) {
                    highest = Math.max(highest, reportedEpoch(line));
                    seen++;
                }
            }
            Thread.sleep(3);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        for (String line = lines.poll(); line != null && !line.equals(END_OF_OUTPUT); line = lines.poll()) {
            if (line.startsWith(CommitLoop.COMMITTED)) {
                highest = Math.max(highest, reportedEpoch(line));
            }
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return highest;
    }

    /**
     * The epoch of a report line; a line cut short by the kill still names an epoch at most the
     * real one, which was committed before the child started printing it.
     */
    private static long reportedEpoch(String line) {
        String digits = line.substring(CommitLoop.COMMITTED.length()).trim();
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    private static void verifyStore(Path store, long reported) {
        try (StorageEngine engine = TestStores.open(store)) {
            long last = engine.lastCommittedEpoch();
            System.out.printf("child reported epoch %d as committed; the reopened store is at epoch %d%n", reported, last);
            assertThat(last).isGreaterThanOrEqualTo(reported);
            assertThat(CommitLoop.decode(engine.getMeta(CommitLoop.OFFSET))).isEqualTo(last);
            try (ReadSnapshot snapshot = engine.snapshot()) {
                assertThat(snapshot.epoch()).isEqualTo(last);
                assertThat(CommitLoop.decode(snapshot.get(CommitLoop.COUNTER, CommitLoop.COUNTER_KEY))).isEqualTo(last);
                for (int tableId : new int[] {CommitLoop.HISTORY, CommitLoop.LAST_TABLE_ID}) {
                    assertHoldsExactlyEpochs(snapshot, tableId, 1, last);
                }
                assertHoldsExactlyEpochs(snapshot, CommitLoop.LATEST, last, last);
            }
        }
    }

    /** Table {@code tableId} holds all rows of epochs {@code first..last} and nothing else. */
    private static void assertHoldsExactlyEpochs(ReadSnapshot snapshot, int tableId, long first, long last) {
        long expectedEpoch = first;
        int expectedRow = 0;
        try (StateIterator rows = snapshot.scan(tableId, null, null)) {
            while (rows.next()) {
                assertThat(rows.key()).as("table %d", tableId).isEqualTo(CommitLoop.key(expectedEpoch, expectedRow));
                assertThat(rows.value()).isEqualTo(CommitLoop.value(expectedEpoch, expectedRow));
                if (++expectedRow == ROWS) {
                    expectedRow = 0;
                    expectedEpoch++;
                }
            }
        }
        assertThat(expectedEpoch).as("table %d ends after epoch %d", tableId, last).isEqualTo(last + 1);
        assertThat(expectedRow).isZero();
    }
}
