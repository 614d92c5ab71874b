package io.freshet.server.slt;

import io.freshet.server.slt.SltRecord.Condition;
import io.freshet.server.slt.SltRecord.ExpectedError;
import io.freshet.server.slt.SltRecord.Location;
import io.freshet.server.slt.SltRecord.Retry;
import io.freshet.server.slt.SltRecord.SortMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs sqllogictest files against a Freshet server over pgjdbc, one file at a time on a fresh
 * connection, after dropping every relation the server holds (so a failing file cannot
 * poison the next one). A failed record does not stop its file: the runner goes on, so a
 * file's counts show how much of it works; the first failure is usually the cause of the
 * later ones.
 *
 * <p>Semantics beyond the record types of {@link SltRecord}:
 * <ul>
 * <li>The runner's only label is {@value #ENGINE_LABEL}: {@code onlyif X} runs a record only
 * when X is {@value #ENGINE_LABEL} ({@code onlyif risingwave} and RisingWave's own labels such
 * as {@code can-use-recover} therefore skip it), {@code skipif X} skips it only when X is
 * {@value #ENGINE_LABEL}. Skips for conditions are counted like every other skip.</li>
 * <li>{@code statement error PATTERN} passes when the statement fails with a message in which
 * PATTERN is found (as a regular expression, else as plain text). An expected message written
 * as a block after {@code ----} is RisingWave's client-side rendering ("db error: ERROR:
 * Failed to run the query ... Caused by"), so for those any error passes.</li>
 * <li>{@code system ok} records are skipped: in this suite they drive RisingWave's own tools
 * ({@code risedev ctl}, {@code rpk}).</li>
 * <li>{@code control substitution on} enables {@code ${name}} and {@code $name} in SQL, from
 * {@code let} records, {@code __DATABASE__}, {@code __TEST_DIR__}, {@code __NOW__} and the
 * environment. A record using a variable that a skipped {@code let} would have bound is
 * skipped too.</li>
 * <li>SQL that {@link RisingWaveInternals} recognizes is skipped, and so are the records
 * listed by location in {@link ReasonList#skippedRecords()}. When a skipped statement creates a
 * relation, the later records that name it are skipped too.</li>
 * <li>{@code retry N backoff D} repeats a query only while its result is wrong (RisingWave
 * writes it for state that settles asynchronously); an error fails at once, since a statement
 * that errors in Freshet does not start working by waiting.</li>
 * </ul>
 */
final class SltRunner {
    /** The label {@code onlyif}/{@code skipif} test. */
    static final String ENGINE_LABEL = "freshet";

    private static final String WRONG_RESULT = "wrong result";
    private static final Pattern CREATE = Pattern.compile("^\\s*create\\s+(?:or\\s+replace\\s+)?"
            + "(?:materialized\\s+view|view|table|source|sink|index|function)\\s+(?:if\\s+not\\s+exists\\s+)?"
            + "(\"[^\"]+\"|[\\w$]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIABLE = Pattern.compile("\\\\\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** Opens connections to the server under test. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /**
     * How the runner runs: a statement running longer than {@code statementTimeout} is canceled
     * and fails; a file still running after {@code fileBudget} stops, its remaining records
     * counted as one failure; the records at the locations ({@code path:line}, as {@link
     * SltRecord.Location} prints them) that {@code skippedRecords} maps to a reason are skipped.
     */
    record Options(Duration statementTimeout, Duration fileBudget, Map<String, String> skippedRecords) {
        Options {
            skippedRecords = Map.copyOf(skippedRecords);
        }

        /** 30 s per statement, 5 minutes per file, no listed skips. */
        static Options defaults() {
            return new Options(Duration.ofSeconds(30), Duration.ofMinutes(5), Map.of());
        }
    }

    private final Connections connections;
    private final SltParser parser;
    private final Path root;
    private final Options options;

    /** A runner over {@code connections}; file names are shown relative to {@code root}. */
    SltRunner(Connections connections, Path root, Options options) {
        this.connections = connections;
        this.root = root.toAbsolutePath().normalize();
        this.parser = new SltParser(root);
        this.options = options;
    }

    /** Drops every relation on the server (cascading), views before tables. */
    static void dropEverything(Connection c) throws SQLException {
        for (int round = 0; round < 5; round++) {
            List<String[]> relations = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select kind, name from freshet_catalog.relations")) {
                while (rs.next()) {
                    relations.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            if (relations.isEmpty()) {
                return;
            }
            relations.sort((a, b) -> Integer.compare(dropOrder(a[0]), dropOrder(b[0])));
            for (String[] r : relations) {
                try (Statement s = c.createStatement()) {
                    s.execute("drop " + r[0] + " if exists \"" + r[1].replace("\"", "\"\"") + "\" cascade");
                } catch (SQLException e) {
                    // dropped already by an earlier cascade, or refused: the next round tells
                }
            }
        }
        throw new SQLException("relations remain after dropping everything five times");
    }

    private static int dropOrder(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "sink", "subscription" -> 0;
            case "materialized view", "view", "index" -> 1;
            default -> 2;
        };
    }

    /** Runs one file (after dropping everything on the server) and tells how it went. */
    FileResult run(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        FileResult result = new FileResult(name);
        long start = System.nanoTime();
        Location fileStart = new Location(Path.of(name), 0);
        List<SltRecord> records;
        try {
            records = parser.parse(abs);
        } catch (SltParser.SltParseException e) {
            result.failed(fileStart, "", "cannot parse the file: " + e.getMessage());
            result.elapsed(Duration.ofNanos(System.nanoTime() - start));
            return result;
        }
        try (FileRun run = new FileRun(result)) {
            try {
                dropEverything(run.connection());
            } catch (SQLException e) {
                result.failed(fileStart, "", "cannot reset the database before the file: " + e.getMessage());
                return result;
            }
            long deadline = start + options.fileBudget().toNanos();
            for (SltRecord r : records) {
                if (System.nanoTime() - deadline > 0) {
                    result.failed(r.location(), "", "the file ran out of its time budget of "
                            + options.fileBudget().toSeconds() + " s; this record and the rest were not run");
                    break;
                }
                if (!run.run(r)) {
                    break;
                }
            }
        } finally {
            result.elapsed(Duration.ofNanos(System.nanoTime() - start));
        }
        return result;
    }

    /** The state of one file's run: its connection, variables and control settings. */
    private final class FileRun implements AutoCloseable {
        private final FileResult result;
        private final Map<String, String> variables = new HashMap<>();
        private final Set<String> unboundVariables = new HashSet<>();
        /** Relations whose CREATE was skipped: records that use them are skipped as well. */
        private final Set<String> skippedRelations = new HashSet<>();
        private Connection connection;
        private SortMode defaultSort = SortMode.NOSORT;
        private boolean substitution;

        FileRun(FileResult result) {
            this.result = result;
            variables.put("__DATABASE__", "freshet");
            variables.put("__TEST_DIR__", System.getProperty("java.io.tmpdir"));
        }

        Connection connection() throws SQLException {
            if (connection == null || connection.isClosed()) {
                connection = connections.open();
            }
            return connection;
        }

        /** Runs a record; false when the file must stop ({@code halt}). */
        boolean run(SltRecord record) {
            String listed = options.skippedRecords().get(record.location().toString());
            String unmet = listed != null ? "listed: " + listed : unmetCondition(record.conditions());
            if (unmet != null) {
                result.skipped(record.location(), unmet);
                if (record instanceof SltRecord.Statement s) {
                    noteSkippedCreate(s.sql());
                }
                return true;
            }
            if (record instanceof SltRecord.Halt) {
                return false;
            } else if (record instanceof SltRecord.Control c) {
                control(c);
            } else if (record instanceof SltRecord.Sleep s) {
                sleep(s.duration());
            } else if (record instanceof SltRecord.SystemCommand s) {
                result.skipped(s.location(), "shell command: " + firstLine(s.command()));
            } else if (record instanceof SltRecord.Unknown u) {
                result.skipped(u.location(), "unknown record: " + u.header());
            } else if (record instanceof SltRecord.Let l) {
                let(l);
            } else if (record instanceof SltRecord.Statement s) {
                statement(s);
            } else if (record instanceof SltRecord.Query q) {
                query(q);
            }
            return true;
        }

        private void control(SltRecord.Control c) {
            switch (c.setting()) {
                case "sortmode" -> {
                    SortMode m = SortMode.named(c.value());
                    if (m == null) {
                        result.failed(c.location(), "", "unknown sort mode " + c.value());
                    } else {
                        defaultSort = m;
                    }
                }
                case "substitution" -> substitution = c.value().equals("on");
                default -> result.skipped(c.location(), "unknown control " + c.setting());
            }
        }

        private void let(SltRecord.Let l) {
            String sql = substituted(l.location(), l.sql());
            if (sql == null) {
                unboundVariables.addAll(l.variables());
                return;
            }
            String internal = RisingWaveInternals.reasonToSkip(sql);
            if (internal != null) {
                result.skipped(l.location(), internal);
                unboundVariables.addAll(l.variables());
                return;
            }
            try {
                Outcome o = execute(sql, true);
                if (o.error != null) {
                    result.failed(l.location(), sql, "let query failed: " + o.error);
                    unboundVariables.addAll(l.variables());
                } else if (o.rows.isEmpty() || o.rows.get(0).size() < l.variables().size()) {
                    result.failed(l.location(), sql, "let query returned no row with " + l.variables().size()
                            + " values");
                    unboundVariables.addAll(l.variables());
                } else {
                    for (int i = 0; i < l.variables().size(); i++) {
                        variables.put(l.variables().get(i), o.rows.get(0).get(i));
                    }
                    result.passed();
                }
            } catch (SQLException e) {
                result.failed(l.location(), sql, "lost the connection: " + e.getMessage());
            }
        }

        private void statement(SltRecord.Statement st) {
            String sql = prepared(st.location(), st.sql());
            if (sql == null) {
                return;
            }
            String failure = withRetry(st.retry(), () -> {
                Outcome o = execute(sql, false);
                return st.expectsError() ? errorMismatch(st.expectedError(), o) : o.error == null ? null
                        : "statement failed: " + o.error;
            });
            record(st.location(), sql, failure);
        }

        private void query(SltRecord.Query q) {
            String sql = prepared(q.location(), q.sql());
            if (sql == null) {
                return;
            }
            SortMode sort = q.sortMode() == null ? defaultSort : q.sortMode();
            String failure = withRetry(q.retry(), () -> {
                Outcome o = execute(sql, true);
                if (q.expectsError()) {
                    return errorMismatch(q.expectedError(), o);
                }
                if (o.error != null) {
                    return "query failed: " + o.error;
                }
                if (o.rows == null) {
                    return "the statement returned no result set";
                }
                String mismatch = ResultComparer.mismatch(q.types(), sort, o.rows, q.expectedLines());
                return mismatch == null ? null : WRONG_RESULT + " (" + sort.name().toLowerCase(Locale.ROOT) + "): "
                        + mismatch;
            });
            record(q.location(), sql, failure);
        }

        private void record(Location at, String sql, String failure) {
            if (failure == null) {
                result.passed();
            } else {
                result.failed(at, sql, failure);
            }
        }

        /** The record's SQL with variables substituted, or null when the record is skipped (and counted). */
        private String prepared(Location at, String sql) {
            String s = substituted(at, sql);
            if (s == null) {
                return null;
            }
            String internal = RisingWaveInternals.reasonToSkip(s);
            if (internal != null) {
                result.skipped(at, internal);
                noteSkippedCreate(s);
                return null;
            }
            String created = createdRelation(s);
            if (created != null) {
                skippedRelations.remove(created);
            }
            for (String name : skippedRelations) {
                if (Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])", Pattern.CASE_INSENSITIVE)
                        .matcher(s).find()) {
                    result.skipped(at, "uses " + name + ", whose creation was skipped");
                    noteSkippedCreate(s);
                    return null;
                }
            }
            return s;
        }

        private void noteSkippedCreate(String sql) {
            String created = createdRelation(sql);
            if (created != null) {
                skippedRelations.add(created);
            }
        }

        private String substituted(Location at, String sql) {
            if (!substitution) {
                return sql;
            }
            Matcher m = VARIABLE.matcher(sql);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                if (m.group().equals("\\$")) {
                    m.appendReplacement(out, "\\$");
                    continue;
                }
                String var = m.group(1) != null ? m.group(1) : m.group(2);
                String value = var.equals("__NOW__") ? Long.toString(System.currentTimeMillis() * 1_000_000L)
                        : variables.containsKey(var) ? variables.get(var) : System.getenv(var);
                if (value == null) {
                    if (unboundVariables.contains(var)) {
                        result.skipped(at, "uses ${" + var + "}, which a skipped or failed let record binds");
                    } else {
                        result.failed(at, sql, "undefined variable ${" + var + "}");
                    }
                    return null;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String errorMismatch(ExpectedError expected, Outcome o) {
            if (o.error == null) {
                return "expected an error" + (expected.pattern().isEmpty() ? "" : " matching '" + expected.pattern()
                        + "'") + " but the statement succeeded";
            }
            if (expected.pattern().isEmpty() || errorMatches(expected.pattern(), o.error)) {
                return null;
            }
            return "error message mismatch: expected '" + expected.pattern() + "' but got: " + o.error;
        }

        private String withRetry(Retry retry, Attempt attempt) {
            String failure;
            int tries = 0;
            while (true) {
                try {
                    failure = attempt.run();
                } catch (SQLException e) {
                    return "lost the connection: " + e.getMessage();
                }
                if (failure == null || tries >= retry.attempts() || !failure.startsWith(WRONG_RESULT)) {
                    return failure;
                }
                tries++;
                sleep(retry.backoff());
            }
        }

        /**
         * Runs SQL; its first result set's values as text (null for NULL), or the error. Throws
         * only when the connection is lost (and drops it, so the next record reconnects).
         */
        private Outcome execute(String sql, boolean wantRows) throws SQLException {
            Connection c = connection();
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout((int) Math.max(1, options.statementTimeout().toSeconds()));
                boolean isResultSet = s.execute(sql);
                while (!isResultSet && s.getUpdateCount() != -1) {
                    isResultSet = s.getMoreResults();
                }
                if (!isResultSet) {
                    return new Outcome(null, null);
                }
                try (ResultSet rs = s.getResultSet()) {
                    int n = rs.getMetaData().getColumnCount();
                    List<List<String>> rows = new ArrayList<>();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>(n);
                        for (int i = 1; i <= n; i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(row);
                    }
                    return new Outcome(wantRows ? rows : List.of(), null);
                }
            } catch (SQLException e) {
                if (c.isClosed() || (e.getSQLState() != null && e.getSQLState().startsWith("08"))) {
                    try {
                        c.close();
                    } catch (SQLException ignored) {
                        // already broken
                    }
                    connection = null;
                    throw e;
                }
                return new Outcome(null, errorText(e));
            }
        }

        @Override
        public void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the server may be gone; nothing to clean up
                }
            }
        }
    }

    @FunctionalInterface
    private interface Attempt {
        String run() throws SQLException;
    }

    private record Outcome(List<List<String>> rows, String error) {
    }

    /** The error as PostgreSQL would print it: "SQLSTATE: message" (plus detail when there is one). */
    private static String errorText(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            String text = m.getSQLState() + ": " + m.getMessage();
            return m.getDetail() == null ? text : text + " (detail: " + m.getDetail() + ")";
        }
        return (e.getSQLState() == null ? "" : e.getSQLState() + ": ") + e.getMessage();
    }

    static boolean errorMatches(String pattern, String message) {
        try {
            if (Pattern.compile(pattern).matcher(message).find()) {
                return true;
            }
        } catch (PatternSyntaxException e) {
            // not a regular expression: compare as text below
        }
        return message.contains(pattern);
    }

    /** The name of the relation a CREATE statement creates (lower case), or null for other statements. */
    static String createdRelation(String sql) {
        Matcher m = CREATE.matcher(sql);
        return m.find() ? m.group(1).replace("\"", "").toLowerCase(Locale.ROOT) : null;
    }

    private static String unmetCondition(List<Condition> conditions) {
        for (Condition c : conditions) {
            boolean mine = c.label().equals(ENGINE_LABEL);
            if (c.onlyIf() != mine) {
                return c.toString();
            }
        }
        return null;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " ...";
    }
}
