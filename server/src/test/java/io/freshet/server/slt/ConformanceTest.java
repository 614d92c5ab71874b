package io.freshet.server.slt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the conformance suite ({@link ConformanceSuite}) against a Freshet server and holds it
 * to {@link ReasonList#knownFailures()}: every file not in the list must pass completely, and
 * every file in the list must still fail (when one starts passing, the test asks to remove it
 * from the list). The records of {@link ReasonList#skippedRecords()} are skipped; an entry of
 * either list that names nothing in the suite fails the test too.
 * Writes {@code target/conformance-report.txt} and prints a summary line.
 *
 * <p>For debugging: {@code -Dslt.file=streaming/basic.slt} (comma-separated names or globs)
 * runs only those files and prints every failure in full; {@code
 * -Dslt.url=jdbc:postgresql://127.0.0.1:5433/freshet} runs against a server that is already
 * running instead of one started by the test.
 */
class ConformanceTest {
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FILE_BUDGET = Duration.ofMinutes(3);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);
    private static final Path REPORT = Path.of("target", "conformance-report.txt");

    @TempDir
    Path dataRoot;

    @Test
    void everyFilePassesUnlessItIsAKnownFailure() {
        ConformanceSuite suite = ConformanceSuite.locate();
        ReasonList known = ReasonList.knownFailures();
        ReasonList skippedRecords = ReasonList.skippedRecords();
        String selection = System.getProperty("slt.file", "");
        boolean debugging = !selection.isBlank();
        List<String> files = debugging ? suite.select(selection) : suite.files();
        String url = System.getProperty("slt.url", "");

        long start = System.nanoTime();
        List<FileResult> results = new ArrayList<>();
        try (ServerUnderTest server = url.isBlank() ? ServerUnderTest.embedded(dataRoot, SOCKET_TIMEOUT)
                : ServerUnderTest.external(url, SOCKET_TIMEOUT)) {
            SltRunner runner = new SltRunner(server::connect, suite.root(),
                    new SltRunner.Options(STATEMENT_TIMEOUT, FILE_BUDGET, skippedRecords.all()));
            for (String file : files) {
                if (!server.healthy() && server.replace()) {
                    System.out.println("conformance: the server stopped answering; started a new one");
                }
                FileResult result = runner.run(suite.path(file));
                results.add(result);
                System.out.println(result.summary());
                if (debugging) {
                    result.failures().forEach(f -> System.out.println(f.describe()));
                }
            }
        }
        ConformanceReport report = new ConformanceReport(results, known, Duration.ofNanos(System.nanoTime() - start));
        report.write(REPORT);
        System.out.println(report.summaryLine());
        System.out.println("conformance: report in " + REPORT.toAbsolutePath());

        List<String> problems = new ArrayList<>();
        for (FileResult r : results) {
            if (!r.isPass() && !known.contains(r.name())) {
                problems.add(r.name() + " fails and is not in " + known.source() + ": "
                        + r.failures().get(0).describe());
            }
            if (r.isPass() && known.contains(r.name())) {
                problems.add(r.name() + " passes now: remove it from " + known.source());
            }
        }
        if (!debugging) {
            for (String listed : known.all().keySet()) {
                if (!files.contains(listed)) {
                    problems.add(known.source() + " lists " + listed + ", which is not a conformance file");
                }
            }
            Set<String> skippedAt = new HashSet<>();
            results.forEach(r -> r.skips().forEach(s -> skippedAt.add(s.location().toString())));
            for (String listed : skippedRecords.all().keySet()) {
                if (!skippedAt.contains(listed)) {
                    problems.add(skippedRecords.source() + " lists " + listed + ", which is no record of the suite");
                }
            }
        }
        assertThat(problems).as(report.summaryLine() + " (details in " + REPORT.toAbsolutePath() + ")").isEmpty();
    }
}
