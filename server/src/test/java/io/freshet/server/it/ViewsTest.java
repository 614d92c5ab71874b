package io.freshet.server.it;

import static io.freshet.server.it.Sql.exec;
import static io.freshet.server.it.Sql.rows;
import static io.freshet.server.it.Sql.sortedRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;

/**
 * Materialized views over pgjdbc: each kind of view stays equal to its query as the tables
 * change, views created before and after the data agree, and what cannot be maintained is
 * refused with 0A000.
 */
class ViewsTest {
    @TempDir
    Path dir;

    private TestServer server;
    private Connection c;

    @BeforeEach
    void start() throws SQLException {
        server = TestServer.start(dir);
        c = server.connect();
        exec(c, "create table t (id int primary key, g int, v int, ts timestamp)");
    }

    @AfterEach
    void stop() throws SQLException {
        c.close();
        server.close();
    }

    /** Creates {@code name} over {@code query} and checks it equals the query after each change. */
    private void assertMaintained(String name, String query, String... changes) throws SQLException {
        exec(c, "create materialized view " + name + " as " + query);
        assertThat(sortedRows(c, "select * from " + name)).as(name + " at creation").isEqualTo(sortedRows(c, query));
        for (String change : changes) {
            exec(c, change);
            assertThat(sortedRows(c, "select * from " + name)).as(name + " after " + change)
                    .isEqualTo(sortedRows(c, query));
        }
    }

    private static final String[] CHANGES = {
        "insert into t values (1, 1, 10, '2026-01-01 00:00:01'), (2, 1, 20, '2026-01-01 00:00:07'), "
                + "(3, 2, 20, '2026-01-01 00:00:12'), (4, null, 40, '2026-01-01 00:00:13')",
        "insert into t values (5, 2, 30, '2026-01-01 00:00:25'), (6, 1, 20, null)",
        "update t set v = 5 where id = 2",
        "update t set g = 2 where id = 1",
        "delete from t where v >= 30",
        "delete from t",
    };

    @Test
    void rankAndDenseRankTopN() throws SQLException {
        assertMaintained("r", "select * from (select id, g, v, rank() over (partition by g order by v desc) r "
                + "from t) x where r <= 2", CHANGES);
        assertMaintained("d", "select * from (select id, v, dense_rank() over (order by v) r from t) x "
                + "where r between 2 and 3", CHANGES);
    }

    @Test
    void distinctOn() throws SQLException {
        assertMaintained("d", "select distinct on (g) g, id, v from t order by g, v desc, id", CHANGES);
    }

    @Test
    void tumbleAndHopWindows() throws SQLException {
        assertMaintained("tw", "select window_start, window_end, count(*), sum(v) from tumble(t, ts, interval '10' second) "
                + "group by window_start, window_end", CHANGES);
        assertMaintained("hw", "select g, window_start, max(v) from hop(t, ts, interval '5' second, interval '10' second) "
                + "group by g, window_start", CHANGES);
    }

    @Test
    void generateSeriesAndValuesAreConstantInputs() throws SQLException {
        assertMaintained("s", "select x, count(t.id) from generate_series(1, 3) as s(x) left join t on t.g = s.x "
                + "group by x", CHANGES);
    }

    @Test
    void viewsCreatedBeforeAndAfterTheDataAgree() throws SQLException {
        String q = "select g, count(*), sum(v), min(v), max(v) from t group by g";
        exec(c, "create materialized view before_data as " + q);
        exec(c, CHANGES[0], CHANGES[1], CHANGES[2]);
        exec(c, "create materialized view after_data as " + q);
        assertThat(sortedRows(c, "select * from before_data")).isEqualTo(sortedRows(c, "select * from after_data"))
                .isEqualTo(sortedRows(c, q));
    }

    @Test
    void explainShowsTheStreamPlanWithKeys() throws SQLException {
        String plan = String.join("\n", rows(c, "explain create materialized view m as select g, count(*) from t group by g"));
        assertThat(plan).contains("Materialize(key=[0])").contains("Aggregate(group=[1]").contains("Scan(t) key=[0]");
    }

    @Test
    void dropRulesAndShow() throws SQLException {
        exec(c, "create materialized view a as select g, count(*) n from t group by g",
                "create materialized view b as select sum(n) from a");
        assertThat(rows(c, "show materialized views")).containsExactly("a", "b");
        assertSqlState("drop table t", "2BP01");
        assertSqlState("drop materialized view a", "2BP01");
        assertSqlState("drop table a", "42809");
        exec(c, "drop materialized view a cascade");
        assertThat(rows(c, "show materialized views")).isEmpty();
        exec(c, "drop table t");
    }

    @Test
    void whatCannotBeMaintainedIsRefusedWith0A000() throws SQLException {
        assertSqlState("create materialized view w as select id, sum(v) over (order by id) from t", "0A000");
        assertSqlState("create materialized view n as select id from t where ts > now() - interval '1' hour", "0A000");
        assertSqlState("create materialized view e as select window_start, count(*) from tumble(t, ts, interval '1' minute) "
                + "group by window_start emit on window close", "0A000");
        exec(c, "create materialized view ok as select random() < 2 as r");
        assertThat(rows(c, "select * from ok")).containsExactly("t");
    }

    private void assertSqlState(String sql, String state) {
        assertThatThrownBy(() -> exec(c, sql)).isInstanceOf(PSQLException.class)
                .satisfies(e -> assertThat(((PSQLException) e).getSQLState()).as(sql).isEqualTo(state));
    }
}
