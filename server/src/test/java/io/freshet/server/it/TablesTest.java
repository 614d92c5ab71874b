package io.freshet.server.it;

import static io.freshet.server.it.Sql.exec;
import static io.freshet.server.it.Sql.rows;
import static io.freshet.server.it.Sql.sortedRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;

/** Tables over pgjdbc: DDL, DML, queries, constraints, persistence across restart. */
class TablesTest {
    @TempDir
    Path dir;

    private TestServer server;
    private Connection c;

    @BeforeEach
    void start() throws SQLException {
        server = TestServer.start(dir);
        c = server.connect();
    }

    @AfterEach
    void stop() throws SQLException {
        c.close();
        server.close();
    }

    @Test
    void valuesPrintTheWayPostgresPrintsThem() throws SQLException {
        exec(c, "create table t (b boolean, s smallint, i int, l bigint, r real, d double precision, n numeric(6,2), "
                + "v varchar(5), x text, dt date, tm time, ts timestamp, tz timestamptz, iv interval, bt bytea)");
        exec(c, "insert into t values (true, 1, 2, 3, 1.5, 0.1, 24.5, 'abc', 'text', '2026-01-02', '03:04:05', "
                + "'2026-01-02 03:04:05', '2026-01-02 03:04:05+00', '1 day 02:00:00', '\\x0a0b')");
        assertThat(rows(c, "select * from t")).containsExactly("t 1 2 3 1.5 0.1 24.50 abc text 2026-01-02 03:04:05 "
                + "2026-01-02 03:04:05 2026-01-02 03:04:05+00 1 day 02:00:00 \\x0a0b");
    }

    @Test
    void insertUpdateDeleteWithPrimaryKey() throws SQLException {
        exec(c, "create table t (id int primary key, v text)",
                "insert into t values (1, 'a'), (2, 'b'), (3, 'c')",
                "update t set v = v || '!' where id >= 2",
                "delete from t where id = 1");
        assertThat(sortedRows(c, "select id, v from t")).containsExactly("2 b!", "3 c!");
        exec(c, "update t set id = id + 10");
        assertThat(sortedRows(c, "select id from t")).containsExactly("12", "13");
    }

    @Test
    void tableWithoutKeyKeepsDuplicatesAndInsertionOrder() throws SQLException {
        exec(c, "create table t (a int, b int)", "insert into t values (2, 1), (1, 1), (2, 1)");
        assertThat(rows(c, "select a, b from t")).containsExactly("2 1", "1 1", "2 1");
        exec(c, "update t set b = 5 where a = 2");
        assertThat(rows(c, "select a, b from t")).containsExactly("1 1", "2 5", "2 5");
        exec(c, "delete from t where a = 2");
        assertThat(rows(c, "select a, b from t")).containsExactly("1 1");
    }

    @Test
    void insertSelectAndDefaults() throws SQLException {
        exec(c, "create table src (x int)", "insert into src values (1), (2), (3)",
                "create table dst (id int primary key, label text default 'none', k int not null default 7)",
                "insert into dst (id) select x * 10 from src where x > 1",
                "insert into dst values (1, DEFAULT, 3)");
        assertThat(sortedRows(c, "select * from dst")).containsExactly("1 none 3", "20 none 7", "30 none 7");
    }

    @Test
    void pointAndRangeSelectsOnThePrimaryKey() throws SQLException {
        exec(c, "create table t (a int, b int, v text, primary key (a, b))");
        StringBuilder insert = new StringBuilder("insert into t values ");
        for (int a = 0; a < 20; a++) {
            for (int b = 0; b < 20; b++) {
                insert.append(a + b > 0 ? "," : "").append('(').append(a).append(',').append(b).append(",'")
                        .append(a).append('-').append(b).append("')");
            }
        }
        exec(c, insert.toString());
        assertThat(rows(c, "select v from t where a = 3 and b = 4")).containsExactly("3-4");
        assertThat(rows(c, "select count(*) from t where a = 3 and b > 15")).containsExactly("4");
        assertThat(rows(c, "select count(*) from t where a = 3 and b between 2 and 4")).containsExactly("3");
        assertThat(rows(c, "select count(*) from t where a >= 18")).containsExactly("40");
        assertThat(rows(c, "select count(*) from t where a = 3 and b < 0")).containsExactly("0");
        assertThat(rows(c, "select count(*) from t where a = null")).containsExactly("0");
        try (PreparedStatement ps = c.prepareStatement("select v from t where a = ? and b = ?")) {
            ps.setInt(1, 7);
            ps.setInt(2, 9);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rows(rs)).containsExactly("7-9");
            }
        }
        String plan = String.join("\n", rows(c, "explain select v from t where a = 3 and b > 15"));
        assertThat(plan).contains("range=key[3] > 15");
    }

    @Test
    void rowsSurviveARestart() throws SQLException {
        exec(c, "create table t (id bigint primary key, v text)", "insert into t values (1, 'one'), (2, 'two')");
        c.close();
        server.restart();
        c = server.connect();
        assertThat(sortedRows(c, "select * from t")).containsExactly("1 one", "2 two");
        exec(c, "insert into t values (3, 'three')");
        assertThat(rows(c, "select count(*) from t")).containsExactly("3");
    }

    @Test
    void constraintViolationsHavePostgresCodes() throws SQLException {
        exec(c, "create table t (id int primary key, v varchar(3) not null)", "insert into t values (1, 'a')");
        assertSqlState("insert into t values (1, 'b')", "23505");
        assertSqlState("insert into t values (2, 'b'), (2, 'c')", "23505");
        assertSqlState("insert into t values (3, null)", "23502");
        assertSqlState("insert into t values (null, 'x')", "23502");
        assertSqlState("insert into t values (4, 'toolong')", "22001");
        assertSqlState("insert into t values ('x', 'a')", "22P02");
        // a failing statement changes nothing
        assertThat(rows(c, "select count(*) from t")).containsExactly("1");
    }

    @Test
    void unknownObjectsAndSyntaxErrorsPointAtTheirPosition() throws SQLException {
        exec(c, "create table t (a int)");
        assertError("select * form t", "42601", 10);
        assertError("select * from nope", "42P01", 15);
        assertError("select nope from t", "42703", 8);
        assertError("select a from t where a + true > 0", "42883", 0);
        assertSqlState("create table t (b int)", "42P07");
        assertSqlState("drop table nope", "42P01");
        assertSqlState("select 1/0", "22012");
    }

    @Test
    void theServerKeepsServingAfterErrors() throws SQLException {
        for (int i = 0; i < 5; i++) {
            assertSqlState("select * from nope", "42P01");
        }
        assertThat(rows(c, "select 1")).containsExactly("1");
    }

    @Test
    void showTablesAndSessionCommands() throws SQLException {
        exec(c, "create table b (x int)", "create table a (x int)");
        assertThat(rows(c, "show tables")).containsExactly("a", "b");
        exec(c, "set time zone 'Europe/Paris'");
        assertThat(rows(c, "show timezone")).containsExactly("Europe/Paris");
        assertThat(rows(c, "select '2026-01-02 03:04:05+00'::timestamptz")).containsExactly("2026-01-02 04:04:05+01");
        assertThat(rows(c, "select version()").get(0)).startsWith("PostgreSQL 15");
        assertThat(rows(c, "select current_schema()")).containsExactly("public");
        exec(c, "begin", "insert into a values (1)", "commit");
        assertThat(rows(c, "select count(*) from a")).containsExactly("1");
    }

    private void assertSqlState(String sql, String state) {
        assertThatThrownBy(() -> exec(c, sql)).isInstanceOf(PSQLException.class)
                .satisfies(e -> assertThat(((PSQLException) e).getSQLState()).as(sql).isEqualTo(state));
    }

    private void assertError(String sql, String state, int position) {
        assertThatThrownBy(() -> exec(c, sql)).isInstanceOf(PSQLException.class).satisfies(e -> {
            PSQLException p = (PSQLException) e;
            assertThat(p.getSQLState()).as(sql).isEqualTo(state);
            if (position > 0) {
                assertThat(p.getServerErrorMessage().getPosition()).as(sql).isEqualTo(position);
            }
        });
    }
}
