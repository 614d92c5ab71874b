package io.freshet.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.freshet.server.FreshetServer;
import io.freshet.server.ServerConfig;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.jdbc.PgConnection;

/** The driver against a real Freshet server on a random port. */
class FreshetDriverServerTest {
    @TempDir
    static Path dir;

    private static FreshetServer server;
    private static String url;

    @BeforeAll
    static void start() {
        server = FreshetServer.start(new ServerConfig("127.0.0.1", 0, dir.resolve("data"), 100, 64 * 1024 * 1024,
                32L * 1024 * 1024, false));
        url = "jdbc:freshet://127.0.0.1:" + server.port() + "/freshet";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void driverManager_connectsWithAFreshetUrl_asTheDefaultUser() throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(c.isValid(5)).isTrue();
            assertThat(rows(c, "select current_user::text")).containsExactly("freshet");
            assertThat(rows(c, "select version()").get(0)).startsWith("PostgreSQL 15");
        }
    }

    @Test
    void connections_arePgjdbcConnections() throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(c.isWrapperFor(PgConnection.class)).isTrue();
            PgConnection pg = c.unwrap(PgConnection.class);
            assertThat(pg).isSameAs(c);
            assertThat(c.unwrap(PGConnection.class).getBackendPID()).isPositive();
            DatabaseMetaData md = c.getMetaData();
            assertThat(md.getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(md.getDatabaseMajorVersion()).isEqualTo(15);
            assertThat(md.getUserName()).isEqualTo("freshet");
        }
    }

    @Test
    void ddlDmlAndQueries_overTheDriver() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create table readings (id int primary key, sensor text not null, reading double precision)");
            assertThat(s.executeUpdate("insert into readings values (1, 'a', 1.5), (2, 'b', 2.5), (3, 'a', 3.0)"))
                    .isEqualTo(3);
            s.execute("create materialized view per_sensor as select sensor, count(*) as n, sum(reading) as total "
                    + "from readings group by sensor");
            try (PreparedStatement insert = c.prepareStatement("insert into readings values (?, ?, ?)")) {
                for (int id = 4; id <= 6; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "c");
                    insert.setDouble(3, id);
                    insert.addBatch();
                }
                assertThat(insert.executeBatch()).containsExactly(1, 1, 1);
            }
            assertThat(s.executeUpdate("update readings set reading = reading * 2 where sensor = 'a'")).isEqualTo(2);
            assertThat(s.executeUpdate("delete from readings where id = 2")).isEqualTo(1);
            assertThat(rows(c, "select sensor, n, total from per_sensor order by sensor"))
                    .containsExactly("a 2 9", "c 3 15");
            try (PreparedStatement q = c.prepareStatement("select reading from readings where sensor = ? order by id")) {
                q.setString(1, "c");
                List<Double> values = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getDouble(1));
                    }
                }
                assertThat(values).containsExactly(4.0, 5.0, 6.0);
            }
            s.execute("drop materialized view per_sensor");
            s.execute("drop table readings");
        }
    }

    @Test
    void errors_keepTheirSqlState() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select * from nope")).isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42P01");
            assertThat(rows(c, "select 1")).containsExactly("1");
        }
    }

    @Test
    void pgjdbcPropertiesWork_inTheUrlAndAsProperties() throws SQLException {
        try (Connection c = DriverManager.getConnection(url + "?preferQueryMode=simple&ApplicationName=freshet-test")) {
            assertThat(rows(c, "show application_name")).containsExactly("freshet-test");
            assertThat(rows(c, "select 1 + 1")).containsExactly("2");
        }
        Properties p = new Properties();
        p.setProperty("user", "freshet");
        p.setProperty("binaryTransfer", "true");
        p.setProperty("prepareThreshold", "1");
        try (Connection c = DriverManager.getConnection(url, p);
                PreparedStatement ps = c.prepareStatement("select ?::int + 1")) {
            for (int i = 0; i < 3; i++) {
                ps.setInt(1, i);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(i + 1);
                }
            }
        }
    }

    @Test
    void aClosedPort_failsAsPgjdbcDoes() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:freshet://127.0.0.1:" + port + "/freshet"))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001");
    }
}
