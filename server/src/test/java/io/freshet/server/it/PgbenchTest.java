package io.freshet.server.it;

import static io.freshet.server.it.Sql.exec;
import static io.freshet.server.it.Sql.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pgbench, PostgreSQL's load generator (libpq), against a real Freshet: a custom point-select
 * script over a 10,000-row table, two clients for three seconds, in each query mode (simple,
 * extended, prepared). Every transaction checks its answer: the row it asked for, or the
 * client aborts (and pgbench exits non-zero).
 */
class PgbenchTest {
    private static final int ROWS = 10_000;
    /** Reads one random row by primary key and fails the client unless it is that row. */
    private static final String SCRIPT = """
            \\set id random(1, %d)
            SELECT id AS got, v FROM bench WHERE id = :id \\gset
            \\set check 1 / (case when :got = :id then 1 else 0 end)
            """.formatted(ROWS);
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    @TempDir
    static Path dir;

    private static TestServer server;
    private static Path script;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dir.resolve("data"));
        try (Connection c = server.connect()) {
            exec(c, "create table bench (id int primary key, v text not null)");
            for (int from = 1; from <= ROWS; from += 1000) {
                StringBuilder insert = new StringBuilder("insert into bench values ");
                for (int id = from; id < from + 1000; id++) {
                    insert.append(id > from ? "," : "").append('(').append(id).append(",'v").append(id).append("')");
                }
                exec(c, insert.toString());
            }
            assertThat(rows(c, "select count(*) from bench")).containsExactly(Integer.toString(ROWS));
        }
        script = dir.resolve("point-select.pgbench");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "pgbench -M {0}")
    @ValueSource(strings = {"prepared", "extended", "simple"})
    void pointSelects_runWithoutFailures(String mode) {
        assumeTrue(Psql.pgbenchInstalled(), "pgbench is not installed at " + Psql.PGBENCH);
        Psql.Result r = Psql.pgbench(server.port(),
                List.of("-n", "-M", mode, "-f", script.toString(), "-T", "3", "-c", "2"), 60);
        String output = r.all();
        System.out.println("pgbench -M " + mode + ":\n" + output);
        assertThat(r.exitCode()).as(output).isZero();
        assertThat(output).contains("query mode: " + mode);
        assertThat(group(FAILED, output)).as(output).isEqualTo("0");
        assertThat(Long.parseLong(group(PROCESSED, output))).as(output).isPositive();
        assertThat(Double.parseDouble(group(TPS, output))).as(output).isPositive();
    }

    private static String group(Pattern p, String output) {
        Matcher m = p.matcher(output);
        assertThat(m.find()).as("'" + p.pattern() + "' in:\n" + output).isTrue();
        return m.group(1);
    }
}
