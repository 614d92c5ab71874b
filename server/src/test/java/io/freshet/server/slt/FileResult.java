package io.freshet.server.slt;

import io.freshet.server.slt.SltRecord.Location;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of running one sqllogictest file: how many records passed, failed and were
 * skipped, each failure (where, the SQL, what went wrong) and each skip with its reason.
 * A file passes when none of its records failed.
 */
final class FileResult {
    /** A record that did not do what the file expects. */
    record Failure(Location location, String sql, String message) {
        /** The failure on a few lines: where, the SQL, and what differed. */
        String describe() {
            return location + "\n  sql: " + indent(sql) + "\n  " + indent(message);
        }

        /** Just the first line of the message, for one-line listings. */
        String headline() {
            int nl = message.indexOf('\n');
            return location + ": " + (nl < 0 ? message : message.substring(0, nl));
        }

        private static String indent(String text) {
            return text.strip().replace("\n", "\n  ");
        }
    }

    /** A record the runner did not run, and why. */
    record Skip(Location location, String reason) {
    }

    private final String name;
    private final List<Failure> failures = new ArrayList<>();
    private final List<Skip> skips = new ArrayList<>();
    private int ok;
    private Duration elapsed = Duration.ZERO;

    FileResult(String name) {
        this.name = name;
    }

    /** The file as named in the suite, e.g. {@code streaming/basic.slt}. */
    String name() {
        return name;
    }

    void passed() {
        ok++;
    }

    void failed(Location location, String sql, String message) {
        failures.add(new Failure(location, sql, message));
    }

    void skipped(Location location, String reason) {
        skips.add(new Skip(location, reason));
    }

    void elapsed(Duration d) {
        elapsed = d;
    }

    int okCount() {
        return ok;
    }

    int failedCount() {
        return failures.size();
    }

    int skippedCount() {
        return skips.size();
    }

    List<Failure> failures() {
        return Collections.unmodifiableList(failures);
    }

    List<Skip> skips() {
        return Collections.unmodifiableList(skips);
    }

    Duration elapsed() {
        return elapsed;
    }

    boolean isPass() {
        return failures.isEmpty();
    }

    /** One line: name, verdict, counts and time. */
    String summary() {
        return String.format("%-62s %s ok=%d failed=%d skipped=%d (%.1f s)", name, isPass() ? "PASS" : "FAIL", ok,
                failures.size(), skips.size(), elapsed.toMillis() / 1000.0);
    }
}
