package io.freshet.server.slt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list kept in the repository of conformance entries, each with a short, honest reason: one
 * {@code key<TAB>reason} per line, {@code #} comments and blank lines allowed. Two exist:
 * {@link #knownFailures()} (files that do not pass yet) and {@link #skippedRecords()} (single
 * records the runner skips because what they expect is particular to RisingWave).
 */
final class ReasonList {
    private static final String RESOURCES = "server/src/test/resources";

    private final String source;
    private final Map<String, String> reasons;

    private ReasonList(String source, Map<String, String> reasons) {
        this.source = source;
        this.reasons = Collections.unmodifiableMap(reasons);
    }

    /**
     * {@code conformance/known-failures.txt}: {@code path<TAB>reason} for each conformance file
     * that does not pass yet, the path relative to {@code risingwave/e2e_test}.
     */
    static ReasonList knownFailures() {
        return load("/conformance/known-failures.txt");
    }

    /**
     * {@code conformance/skipped-records.txt}: {@code path:line<TAB>reason} for each record
     * whose expectation is RisingWave's own (a limitation it reports as an error, or a result
     * that contradicts PostgreSQL), which the runner skips and counts.
     */
    static ReasonList skippedRecords() {
        return load("/conformance/skipped-records.txt");
    }

    private static ReasonList load(String resource) {
        String source = RESOURCES + resource;
        Map<String, String> reasons = new LinkedHashMap<>();
        try (InputStream in = ReasonList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + source);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                    throw new IllegalStateException(source + ":" + n + ": expected 'key<TAB>reason' but got: " + line);
                }
                String key = line.substring(0, tab).strip();
                if (reasons.put(key, line.substring(tab + 1).strip()) != null) {
                    throw new IllegalStateException(source + ":" + n + ": " + key + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReasonList(source, reasons);
    }

    /** Where the list lives in the repository. */
    String source() {
        return source;
    }

    boolean contains(String key) {
        return reasons.containsKey(key);
    }

    /** The listed reason, or null. */
    String reason(String key) {
        return reasons.get(key);
    }

    Map<String, String> all() {
        return reasons;
    }
}
