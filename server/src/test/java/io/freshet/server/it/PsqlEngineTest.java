package io.freshet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * psql (libpq, simple query protocol) against a real Freshet: multi-statement command strings
 * over tables and materialized views, and psql's meta-commands, which query the system
 * catalogs. What each meta-command does today is listed in {@code psql-meta-commands.txt}.
 */
class PsqlEngineTest {
    private static final String META_COMMANDS = "psql-meta-commands.txt";
    private static final Pattern ERROR = Pattern.compile("ERROR:  (?:([0-9A-Z]{5}): )?(.*)");

    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        assumeTrue(Psql.psqlInstalled(), "psql is not installed at " + Psql.PSQL);
        server = TestServer.start(dir.resolve("data"));
        Psql.Result r = psql("-c", "create table items (id int primary key, name text not null, price numeric(8,2))");
        assertThat(r.all()).isEqualTo("CREATE TABLE\n");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Psql.Result psql(String... arguments) {
        return Psql.psql(server.port(), null, List.of(arguments));
    }

    @Test
    void multiStatementCommand_createsATableAndAMaterializedViewAndPrintsEveryResult() {
        Psql.Result r = psql("-v", "ON_ERROR_STOP=1", "-c", "create table fruit (id int primary key, name text, "
                + "price numeric(8,2)); create materialized view fruit_stats as select count(*) as n, sum(price) as total, "
                + "max(name) as last_name from fruit; insert into fruit values (1, 'apple', 1.25), (2, 'pear', 2.50), "
                + "(3, 'plum', 0.75); select * from fruit_stats; insert into fruit values (4, 'fig', 3.00); "
                + "delete from fruit where id = 1; select n, total, last_name from fruit_stats;");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).isEqualTo("""
                CREATE TABLE
                CREATE MATERIALIZED VIEW
                INSERT 0 3
                 n | total | last_name\s
                ---+-------+-----------
                 3 |  4.50 | plum
                (1 row)

                INSERT 0 1
                DELETE 1
                 n | total | last_name\s
                ---+-------+-----------
                 3 |  6.25 | plum
                (1 row)

                """);
    }

    @Test
    void severalCommands_groupedViewWithOrderAndNulls() {
        Psql.Result r = psql("-v", "ON_ERROR_STOP=1",
                "-c", "create table sales (id int primary key, region text, amount int)",
                "-c", "create materialized view by_region as select region, count(*) as n, sum(amount) as total "
                        + "from sales group by region",
                "-c", "insert into sales values (1, 'north', 10), (2, 'south', 5), (3, 'north', 7), (4, null, 1), "
                        + "(5, 'south', null)",
                "-c", "select region, n, total from by_region order by region nulls first",
                "-c", "update sales set region = 'west' where id = 2",
                "-c", "select region, n, total from by_region order by total desc");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                CREATE TABLE
                CREATE MATERIALIZED VIEW
                INSERT 0 5
                 region | n | total\s
                --------+---+-------
                        | 1 |     1
                 north  | 2 |    17
                 south  | 2 |     5
                (3 rows)

                UPDATE 1
                 region | n | total\s
                --------+---+-------
                 south  | 1 |     \s
                 north  | 2 |    17
                 west   | 1 |     5
                        | 1 |     1
                (4 rows)

                """);
    }

    @Test
    void unalignedTuplesOnly_printsMachineReadableRows() {
        Psql.Result r = psql("-A", "-t", "-F", ",", "-c", "insert into items values (1, 'a', 1.5), (2, 'b', null)",
                "-c", "select id, name, price from items order by id", "-c", "delete from items");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout()).isEqualTo("INSERT 0 2\n1,a,1.50\n2,b,\nDELETE 2\n");
    }

    @Test
    void anErrorInAScript_endsOnlyThatStatement() {
        Psql.Result r = psql("-c", "select * from nope", "-c", "select 1 as still_ok");
        assertThat(r.stderr()).contains("ERROR:  relation \"nope\" does not exist");
        assertThat(r.stdout()).contains("still_ok", "(1 row)");
    }

    /** One line of the meta-command list. */
    private record MetaCommand(String command, boolean works, String sqlState, String why) {
    }

    static List<MetaCommand> metaCommands() throws IOException {
        List<MetaCommand> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(PsqlEngineTest.class.getResourceAsStream(META_COMMANDS))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\\s*\\|\\s*", 4);
                if (f[1].equals("works")) {
                    out.add(new MetaCommand(f[0], true, null, null));
                } else if (f[1].equals("fails") && f.length == 4) {
                    out.add(new MetaCommand(f[0], false, f[2], f[3]));
                } else {
                    throw new IllegalArgumentException(META_COMMANDS + ": bad line " + t);
                }
            }
        }
        return out;
    }

    /**
     * Each meta-command, followed in the same psql session by a query: it works or fails as
     * listed, a failure is a clear ErrorResponse (SQLSTATE, message, never XX000), and the
     * session answers the next query either way.
     */
    @TestFactory
    Stream<DynamicTest> metaCommands_workOrFailClearly_andTheSessionStaysUsable() throws IOException {
        return metaCommands().stream().map(m -> DynamicTest.dynamicTest(m.command() + (m.works() ? " works"
                : " fails with " + m.sqlState()), () -> {
                    Psql.Result r = psql("-v", "VERBOSITY=verbose", "-c", m.command(), "-c", "select 1 as still_ok");
                    String printed = r.all();
                    System.out.println("psql -c '" + m.command() + "':\n" + printed);
                    assertThat(r.stdout()).as("the session stays usable after " + m.command() + ":\n" + printed)
                            .contains("still_ok", "(1 row)");
                    Matcher e = ERROR.matcher(r.stderr());
                    if (m.works()) {
                        assertThat(r.stderr()).as(m.command() + " is listed as working").doesNotContain("ERROR");
                        return;
                    }
                    assertThat(e.find()).as(m.command() + " is listed as failing with " + m.sqlState()
                            + " (" + m.why() + ") but printed:\n" + printed).isTrue();
                    assertThat(e.group(1)).as("SQLSTATE of " + m.command() + ": " + e.group(2)).isEqualTo(m.sqlState());
                    assertThat(e.group(1)).isNotEqualTo("XX000");
                    assertThat(e.group(2)).isNotBlank();
                }));
    }

    @Test
    void psqlVariablesAndConnectionInfo() {
        Psql.Result r = psql("-A", "-t", "-c", "select current_user::text, current_database()::text", "-c", "show server_version",
                "-c", "\\echo :SERVER_VERSION_NAME :ENCODING :USER :DBNAME");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout()).isEqualTo("freshet|freshet\n15.0\n15.0 UTF8 freshet freshet\n");
    }
}
