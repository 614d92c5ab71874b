package io.freshet.executor.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.executor.chunk.ArrayRow;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.value.ValueText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Evaluates every expression of {@code pg-cases.txt} in a real PostgreSQL 15 and in Freshet and
 * compares the output text, or the SQLSTATE when either fails.
 *
 * <p>Case file lines: {@code <PostgreSQL expression> ==> <Freshet DSL>} (see {@link ExprDsl});
 * when the left side is empty the SQL is derived from the DSL. A trailing {@code !known <why>}
 * marks a documented difference (reported, not failed). {@code @timezone <zone>} switches the
 * session time zone of both sides for the following cases. {@code #} starts a comment line.
 */
class PgDifferentialTest {
    private static final String CASES = "pg-cases.txt";
    /** now() of the Freshet side (2026-01-02 03:04:05.123456 UTC); cases must not print it. */
    private static final long NOW = 1_767_323_045_123_456L;

    private static PostgresServer server;
    private static Connection conn;
    private static int matched;
    private static int messagesMatched;
    private static int errorsCompared;
    private static final List<String> known = new ArrayList<>();
    private static final List<String> failed = new ArrayList<>();
    private static final List<String> messageDiffs = new ArrayList<>();

    @BeforeAll
    static void startPostgres() throws Exception {
        Path bin = PostgresServer.findBinaries();
        Assumptions.assumeTrue(bin != null,
                "PostgreSQL 15 server binaries (initdb, pg_ctl) not found: differential test skipped");
        server = PostgresServer.start(bin);
        conn = server.connect();
        try (Statement st = conn.createStatement()) {
            st.execute("SET TimeZone = 'UTC'");
            st.execute("SET extra_float_digits = 1");
        }
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (conn != null) {
            System.out.printf("pg differential: %d matched, %d known differences, %d failed; "
                    + "%d of %d error messages identical%n", matched, known.size(), failed.size(),
                    messagesMatched, errorsCompared);
            known.forEach(k -> System.out.println("  known: " + k));
            failed.forEach(f -> System.out.println("  FAILED: " + f));
            messageDiffs.forEach(m -> System.out.println("  message differs: " + m));
            conn.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** One line of the case file. */
    private static final class Case {
        final int line;
        final String sql;
        final String dsl;
        final String knownWhy;
        final String zone;

        Case(int line, String sql, String dsl, String knownWhy, String zone) {
            this.line = line;
            this.sql = sql;
            this.dsl = dsl;
            this.knownWhy = knownWhy;
            this.zone = zone;
        }
    }

    static List<Case> readCases() throws Exception {
        List<Case> cases = new ArrayList<>();
        String zone = "UTC";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PgDifferentialTest.class.getResourceAsStream(CASES)), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("@timezone ")) {
                    zone = t.substring(10).strip();
                    continue;
                }
                int arrow = t.indexOf("==>");
                if (arrow < 0) {
                    throw new IllegalArgumentException(CASES + ":" + n + ": no ==> in " + t);
                }
                String sql = t.substring(0, arrow).strip();
                String dsl = t.substring(arrow + 3).strip();
                String why = null;
                int k = dsl.indexOf("!known");
                if (k >= 0) {
                    why = dsl.substring(k + 6).strip();
                    dsl = dsl.substring(0, k).strip();
                }
                if (sql.isEmpty()) {
                    sql = ExprDsl.toSql(dsl);
                }
                cases.add(new Case(n, sql, dsl, why, zone));
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> expressions() throws Exception {
        return readCases().stream().map(c -> DynamicTest.dynamicTest(CASES + ":" + c.line + " " + c.sql, () -> run(c)));
    }

    private static String currentZone = "UTC";

    private void run(Case c) throws SQLException {
        if (!c.zone.equals(currentZone)) {
            try (Statement st = conn.createStatement()) {
                st.execute("SET TimeZone = '" + c.zone + "'");
            }
            currentZone = c.zone;
        }
        Outcome pg = postgres(c.sql);
        Outcome fr = freshet(c.dsl, ZoneId.of(c.zone));
        boolean same = pg.sameAs(fr);
        if (pg.state != null && fr.state != null) {
            errorsCompared++;
            if (Objects.equals(pg.message, fr.message)) {
                messagesMatched++;
            } else {
                messageDiffs.add(CASES + ":" + c.line + " pg: " + pg.message + " | freshet: " + fr.message);
            }
        }
        String report = c.sql + "  pg=" + pg + "  freshet=" + fr;
        if (c.knownWhy != null) {
            known.add(CASES + ":" + c.line + " " + report + " (" + c.knownWhy + ")" + (same ? " [now matches]" : ""));
            Assumptions.assumeTrue(false, "known difference: " + c.knownWhy);
            return;
        }
        if (same) {
            matched++;
        } else {
            failed.add(CASES + ":" + c.line + " " + report);
        }
        assertThat(fr.toString()).as(c.sql).isEqualTo(pg.toString());
    }

    /** A value's text or an error. */
    private static final class Outcome {
        final String text;
        final String state;
        final String message;

        Outcome(String text, String state, String message) {
            this.text = text;
            this.state = state;
            this.message = message;
        }

        boolean sameAs(Outcome o) {
            return state != null ? state.equals(o.state) : o.state == null && Objects.equals(text, o.text);
        }

        @Override
        public String toString() {
            return state != null ? "ERROR " + state : text == null ? "NULL" : "'" + text + "'";
        }
    }

    private static Outcome postgres(String sql) {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT " + sql)) {
            rs.next();
            return new Outcome(rs.getString(1), null, null);
        } catch (SQLException e) {
            String msg = e.getMessage();
            if (msg != null && msg.startsWith("ERROR: ")) {
                msg = msg.substring(7);
                int nl = msg.indexOf('\n');
                if (nl >= 0) {
                    msg = msg.substring(0, nl);
                }
            }
            return new Outcome(null, e.getSQLState(), msg);
        }
    }

    private static Outcome freshet(String dsl, ZoneId zone) {
        EvalContext ctx = new EvalContext(zone, NOW, new Object[0]);
        try {
            Expr e = ExprDsl.parse(dsl, ctx);
            Object v = e.eval(new ArrayRow(new Object[0]), ctx);
            return new Outcome(ValueText.formatNullable(v, e.type(), ctx), null, null);
        } catch (FreshetException e) {
            return new Outcome(null, e.sqlState().code(), e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(null, "JAVA " + e, e.toString());
        }
    }
}
