package io.freshet.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The acceptance test of PostgreSQL compatibility: every script of {@code pgdiff/} runs on a
 * real PostgreSQL 15 and on a real Freshet, and their answers must be the same.
 *
 * <p>Each script starts from an empty database on both sides. Each statement is run with pgjdbc
 * (extended query protocol) and compared on: the update count, the result's column names and
 * type names (from the type OIDs), its rows as text ({@code getString}), the severity and
 * SQLSTATE of its notices, and for an error its SQLSTATE (messages are reported when they
 * differ, not failed). Then the whole script runs
 * again, from empty databases, through {@code psql} (simple query protocol) on both sides, and
 * the printed text must be identical: command tags, headers, alignment (which depends on the
 * type OIDs), row counts, notices and errors (printed as SQLSTATE only, {@code VERBOSITY
 * sqlstate}).
 *
 * <p>Annotations in the scripts ({@link DiffScript}) list the accepted differences with their
 * reasons; {@code @known} ones are engine bugs to fix, reported in the summary at the end, and
 * the test fails when one of them starts to match, so that its marker is removed.
 */
class PgDifferentialTest {
    /** The scripts, in order; each is a resource under {@code pgdiff/}. */
    static final List<String> SCRIPTS = List.of(
            "01-types-and-literals.sql",
            "02-ddl-and-dml.sql",
            "03-select.sql",
            "04-nulls.sql",
            "05-errors.sql",
            "06-views.sql",
            "07-missing-statements.sql");

    private static PostgresServer postgres;
    private static final List<String> knownReport = new ArrayList<>();
    private static final List<String> onlyReport = new ArrayList<>();
    private static final List<String> failures = new ArrayList<>();
    private static final List<String> messageDiffs = new ArrayList<>();
    private static int matched;
    /** The {@code @known} statements that succeeded on both sides over pgjdbc ("script:line"). */
    private static final java.util.Set<String> knownSucceeded = new java.util.HashSet<>();

    private Path freshetDir;
    private TestServer freshet;
    private Connection pgConn;
    private Connection frConn;

    @BeforeAll
    static void startPostgres() throws Exception {
        String why = PostgresServer.unavailableReason();
        Assumptions.assumeTrue(why == null, why);
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
            System.out.printf("pg differential: %d statements matched, %d known differences, %d only on one side, "
                    + "%d failed, %d error messages differ%n", matched, knownReport.size(), onlyReport.size(),
                    failures.size(), messageDiffs.size());
            knownReport.forEach(k -> System.out.println("  KNOWN " + k));
            onlyReport.forEach(k -> System.out.println("  ONLY  " + k));
            failures.forEach(f -> System.out.println("  FAILED " + f));
            messageDiffs.forEach(m -> System.out.println("  MESSAGE " + m));
        }
    }

    @TestFactory
    Stream<DynamicNode> scripts() throws IOException {
        List<DynamicNode> containers = new ArrayList<>();
        for (String name : SCRIPTS) {
            DiffScript script = DiffScript.load("pgdiff/" + name);
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("empty databases", this::resetJdbc));
            for (DiffScript.Statement s : script.statements) {
                tests.add(DynamicTest.dynamicTest(name + ":" + s.line() + " " + s.firstLine(), () -> jdbc(script, s)));
            }
            tests.add(DynamicTest.dynamicTest(name + " through psql", () -> psql(script)));
            containers.add(DynamicContainer.dynamicContainer(name, tests));
        }
        return containers.stream();
    }

    // ------------------------------------------------------------------ servers

    /** Empty databases on both sides, and a pgjdbc connection to each. */
    private void reset() throws Exception {
        closeSide();
        try (Connection admin = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres?user=freshet");
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS freshet WITH (FORCE)");
            s.execute("CREATE DATABASE freshet");
        }
        freshetDir = Files.createTempDirectory("freshet-diff-");
        freshet = TestServer.start(freshetDir);
    }

    private void resetJdbc() throws Exception {
        reset();
        pgConn = postgres.connect();
        frConn = freshet.connect();
        for (Connection c : List.of(pgConn, frConn)) {
            try (Statement s = c.createStatement()) {
                s.execute("SET TimeZone = 'UTC'");
            }
        }
    }

    private void closeSide() throws Exception {
        for (Connection c : new Connection[] {pgConn, frConn}) {
            if (c != null) {
                c.close();
            }
        }
        pgConn = null;
        frConn = null;
        if (freshet != null) {
            freshet.close();
            freshet = null;
            try (Stream<Path> files = Files.walk(freshetDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    // ------------------------------------------------------------------ pgjdbc

    private void jdbc(DiffScript script, DiffScript.Statement s) {
        String where = script.name + ":" + s.line();
        switch (s.mode()) {
            case FRESHET_ONLY: {
                Outcome fr = run(frConn, s);
                onlyReport.add(where + " Freshet only: " + s.jdbcSql() + " (" + s.reason() + ") => " + oneLine(fr));
                assertThat(fr.state).as(where + " a Freshet-only statement must succeed: " + fr).isNull();
                return;
            }
            case PG_ONLY: {
                Outcome pg = run(pgConn, s);
                onlyReport.add(where + " PostgreSQL only: " + s.jdbcSql() + " (" + s.reason() + ") => " + oneLine(pg));
                assertThat(pg.state).as(where + " a PostgreSQL-only statement must succeed: " + pg).isNull();
                return;
            }
            default:
                break;
        }
        Outcome pg = run(pgConn, s);
        Outcome fr = run(frConn, s);
        if (pg.state != null && fr.state != null && !Objects.equals(pg.message, fr.message)) {
            messageDiffs.add(where + " " + s.jdbcSql() + "\n      pg:      " + pg.message + "\n      freshet: "
                    + fr.message);
        }
        boolean same = pg.text.equals(fr.text);
        if (s.mode() == DiffScript.Mode.KNOWN) {
            if (pg.state == null && fr.state == null) {
                knownSucceeded.add(where);
            }
            if (same) {
                failures.add(where + " known difference now matches, remove its @known: " + s.jdbcSql());
                throw new AssertionError(where + ": the known difference (" + s.reason()
                        + ") now matches PostgreSQL; remove its @known annotation. Output:\n" + pg.text);
            }
            knownReport.add(where + " " + s.jdbcSql() + "\n      reason:  " + s.reason() + "\n      pg:      "
                    + oneLine(pg) + "\n      freshet: " + oneLine(fr));
            Assumptions.abort("known difference from PostgreSQL: " + s.reason());
        }
        if (same) {
            matched++;
        } else {
            failures.add(where + " " + s.jdbcSql() + "\n      pg:      " + oneLine(pg) + "\n      freshet: " + oneLine(fr));
        }
        assertThat(fr.text).as(where + " " + s.jdbcSql()).isEqualTo(pg.text);
    }

    private static String oneLine(Outcome o) {
        String t = o.text.strip().replace("\n", " / ");
        if (o.state != null && o.message != null) {
            t += " (" + o.message + ")";
        }
        return t.length() > 600 ? t.substring(0, 600) + "..." : t;
    }

    /** What a statement did, as comparable text, and the error message apart. */
    private static final class Outcome {
        final String text;
        final String state;
        final String message;

        Outcome(String text, String state, String message) {
            this.text = text;
            this.state = state;
            this.message = message;
        }

        @Override
        public String toString() {
            return text + (message == null ? "" : " (" + message + ")");
        }
    }

    private static Outcome run(Connection c, DiffScript.Statement s) {
        try (Statement st = c.createStatement()) {
            StringBuilder out = new StringBuilder();
            boolean isResultSet = st.execute(s.jdbcSql());
            while (true) {
                if (isResultSet) {
                    try (ResultSet rs = st.getResultSet()) {
                        out.append(resultText(rs, s.unordered()));
                    }
                } else {
                    int count = st.getUpdateCount();
                    if (count == -1) {
                        break;
                    }
                    out.append("OK ").append(count).append('\n');
                }
                isResultSet = st.getMoreResults();
            }
            for (java.sql.SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
                ServerErrorMessage m = w instanceof org.postgresql.util.PSQLWarning
                        ? ((org.postgresql.util.PSQLWarning) w).getServerErrorMessage() : null;
                out.append(m == null ? "WARNING" : m.getSeverity()).append(' ').append(w.getSQLState()).append('\n');
            }
            return new Outcome(out.toString(), null, null);
        } catch (SQLException e) {
            String message = e.getMessage();
            if (e instanceof PSQLException) {
                ServerErrorMessage m = ((PSQLException) e).getServerErrorMessage();
                if (m != null) {
                    message = m.getMessage();
                }
            }
            return new Outcome("ERROR " + e.getSQLState() + "\n", e.getSQLState() == null ? "none" : e.getSQLState(),
                    message);
        }
    }

    private static String resultText(ResultSet rs, boolean sorted) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            b.append(i > 1 ? " | " : "").append(md.getColumnLabel(i)).append(' ').append(typeName(md, i));
        }
        b.append('\n');
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
            StringBuilder r = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String v = rs.getString(i);
                r.append(i > 1 ? " | " : "").append(v == null ? "NULL" : v);
            }
            rows.add(r.toString());
        }
        if (sorted) {
            rows.sort(null);
        }
        rows.forEach(r -> b.append(r).append('\n'));
        b.append('(').append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)").append('\n');
        return b.toString();
    }

    /**
     * The column's type name as pgjdbc finds it from the type OID; for OIDs outside its built-in
     * table pgjdbc asks the server's pg_type, and a failure of that lookup is part of the outcome.
     */
    private static String typeName(ResultSetMetaData md, int column) {
        try {
            return md.getColumnTypeName(column);
        } catch (SQLException e) {
            return "<getColumnTypeName failed: " + e.getSQLState() + ">";
        }
    }

    // ------------------------------------------------------------------ psql

    /**
     * The script through psql on both sides from empty databases; the printed text must be
     * identical. {@code @known} statements run with their printed output cut out when they
     * succeeded on both sides over pgjdbc (later statements may need what they did) and are left
     * out otherwise; one-sided statements run on their side with their output cut out;
     * {@code @unordered} results are discarded (psql cannot sort them) but their errors still show.
     */
    private void psql(DiffScript script) throws Exception {
        Assumptions.assumeTrue(Psql.psqlInstalled(), "psql is not installed at " + Psql.PSQL + ": psql comparison skipped");
        closeSide();
        reset();
        String pgOut = withoutSuppressed(Psql.psqlMerged(postgres.port(), psqlInput(script, DiffScript.Mode.PG_ONLY),
                List.of("-e")));
        String frOut = withoutSuppressed(Psql.psqlMerged(freshet.port(),
                psqlInput(script, DiffScript.Mode.FRESHET_ONLY), List.of("-e")));
        closeSide();
        if (!pgOut.equals(frOut)) {
            failures.add(script.name + " through psql: printed output differs\n" + firstDifference(pgOut, frOut));
        }
        assertThat(frOut).as(script.name + " through psql (expected: PostgreSQL's output)\n"
                + firstDifference(pgOut, frOut)).isEqualTo(pgOut);
    }

    private static String psqlInput(DiffScript script, DiffScript.Mode onlyMode) {
        StringBuilder in = new StringBuilder("\\set VERBOSITY sqlstate\n");
        for (DiffScript.Statement s : script.statements) {
            switch (s.mode()) {
                case KNOWN:
                    if (knownSucceeded.contains(script.name + ":" + s.line())) {
                        suppressed(in, s);
                    }
                    break;
                case FRESHET_ONLY:
                case PG_ONLY:
                    if (s.mode() == onlyMode) {
                        suppressed(in, s);
                    }
                    break;
                default:
                    if (s.unordered()) {
                        in.append("\\o /dev/null\n").append(s.sql()).append("\\o\n");
                    } else {
                        in.append(s.sql());
                    }
            }
        }
        return in.toString();
    }

    private static final String SUPPRESS_BEGIN = "@@pg-differential-suppress-begin";
    private static final String SUPPRESS_END = "@@pg-differential-suppress-end";

    /** A statement whose printed output (results, notices, errors) is cut out of psql's output. */
    private static void suppressed(StringBuilder in, DiffScript.Statement s) {
        in.append("\\echo ").append(SUPPRESS_BEGIN).append('\n').append(s.sql()).append("\\echo ").append(SUPPRESS_END)
                .append('\n');
    }

    /** psql's output without the parts between suppression markers. */
    static String withoutSuppressed(String output) {
        StringBuilder b = new StringBuilder();
        boolean skipping = false;
        for (String line : output.split("\n", -1)) {
            if (line.equals(SUPPRESS_BEGIN)) {
                skipping = true;
            } else if (line.equals(SUPPRESS_END)) {
                skipping = false;
            } else if (!skipping) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    /** The first differing line of two outputs with a few lines of context from each. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        if (i == e.length && i == a.length) {
            return "(identical)";
        }
        int from = Math.max(0, i - 6);
        StringBuilder b = new StringBuilder("first difference at output line " + (i + 1) + "\n--- PostgreSQL\n");
        for (int k = from; k < Math.min(e.length, i + 6); k++) {
            b.append(k == i ? "> " : "  ").append(e[k]).append('\n');
        }
        b.append("--- Freshet\n");
        for (int k = from; k < Math.min(a.length, i + 6); k++) {
            b.append(k == i ? "> " : "  ").append(a[k]).append('\n');
        }
        return b.toString();
    }
}
