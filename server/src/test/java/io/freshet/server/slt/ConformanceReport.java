package io.freshet.server.slt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text report of a conformance run: a summary line, a line per file with its record
 * counts, every failing file's first failure in full (and its later failures one per line),
 * and the skipped records grouped by reason.
 */
final class ConformanceReport {
    private static final int LATER_FAILURES_SHOWN = 25;

    private final List<FileResult> results;
    private final ReasonList known;
    private final Duration elapsed;

    ConformanceReport(List<FileResult> results, ReasonList known, Duration elapsed) {
        this.results = results;
        this.known = known;
        this.elapsed = elapsed;
    }

    /** {@code conformance: passed=N failed=M skipped-records=K files=F time=S}. */
    String summaryLine() {
        long passed = results.stream().filter(FileResult::isPass).count();
        int skipped = results.stream().mapToInt(FileResult::skippedCount).sum();
        return String.format("conformance: passed=%d failed=%d skipped-records=%d files=%d time=%ds", passed,
                results.size() - passed, skipped, results.size(), elapsed.toSeconds());
    }

    String text() {
        StringBuilder b = new StringBuilder(summaryLine()).append("\n\n== files ==\n");
        for (FileResult r : results) {
            b.append(r.summary());
            if (known.contains(r.name())) {
                b.append("  [known: ").append(known.reason(r.name())).append(']');
            }
            b.append('\n');
        }
        b.append("\n== first failure of each failing file ==\n");
        for (FileResult r : results) {
            if (r.isPass()) {
                continue;
            }
            List<FileResult.Failure> failures = r.failures();
            b.append("\n### ").append(r.name()).append(" (").append(failures.size()).append(" failed)\n");
            b.append(failures.get(0).describe()).append('\n');
            int later = Math.min(failures.size() - 1, LATER_FAILURES_SHOWN);
            if (later > 0) {
                b.append("  later failures:\n");
                for (int i = 1; i <= later; i++) {
                    b.append("    ").append(failures.get(i).headline()).append('\n');
                }
                if (failures.size() - 1 > later) {
                    b.append("    ... ").append(failures.size() - 1 - later).append(" more\n");
                }
            }
        }
        b.append("\n== skipped records by reason ==\n");
        Map<String, Integer> byReason = new TreeMap<>();
        for (FileResult r : results) {
            for (FileResult.Skip s : r.skips()) {
                byReason.merge(s.reason(), 1, Integer::sum);
            }
        }
        byReason.forEach((reason, n) -> b.append(String.format("%5d  %s%n", n, reason)));
        b.append("\n== skipped records ==\n");
        for (FileResult r : results) {
            for (FileResult.Skip s : r.skips()) {
                b.append(s.location()).append("  ").append(s.reason()).append('\n');
            }
        }
        return b.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
