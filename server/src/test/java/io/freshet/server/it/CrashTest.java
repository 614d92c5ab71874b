package io.freshet.server.it;

import static io.freshet.server.it.Sql.exec;
import static io.freshet.server.it.Sql.sortedRows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the server process: every row whose INSERT returned is there after a restart, no
 * other row is, and every view equals its query run over the tables.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void acknowledgedRowsAndViewsSurviveKillNine() throws Exception {
        List<Integer> acknowledged = new ArrayList<>();
        AtomicInteger attempted = new AtomicInteger();
        try (ChildServer server = ChildServer.start(dir)) {
            try (Connection c = DriverManager.getConnection(server.url())) {
                exec(c, "create table t (id int primary key, grp int, v int)",
                        "create materialized view by_grp as select grp, count(*) n, sum(v) s, max(v) m from t group by grp",
                        "create materialized view total as select count(*) n, sum(v) s from t",
                        "create materialized view joined as select a.id, b.id as other from t a join t b on a.v = b.grp");
            }
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(server.url());
                        PreparedStatement ps = c.prepareStatement("insert into t values (?, ?, ?)");
                        PreparedStatement del = c.prepareStatement("delete from t where id = ?")) {
                    for (int i = 0; !stop.get(); i++) {
                        attempted.set(i);
                        ps.setInt(1, i);
                        ps.setInt(2, i % 7);
                        ps.setInt(3, i % 13);
                        ps.executeUpdate();
                        synchronized (acknowledged) {
                            acknowledged.add(i);
                        }
                        if (i % 10 == 9) {
                            del.setInt(1, i - 5);
                            del.executeUpdate();
                            synchronized (acknowledged) {
                                acknowledged.remove(Integer.valueOf(i - 5));
                            }
                        }
                    }
                } catch (SQLException e) {
                    // the server was killed under us
                }
            });
            writer.start();
            Thread.sleep(3000);
            server.kill();
            stop.set(true);
            writer.join(10_000);
        }
        List<String> expected;
        synchronized (acknowledged) {
            assertThat(acknowledged).hasSizeGreaterThan(50);
            expected = acknowledged.stream().sorted().map(String::valueOf).toList();
        }
        try (ChildServer server = ChildServer.start(dir);
                Connection c = DriverManager.getConnection(server.url())) {
            List<String> ids = new ArrayList<>(sortedRows(c, "select id from t"));
            ids.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
            // the last insert may have committed without its acknowledgement reaching us
            List<String> extra = new ArrayList<>(ids);
            extra.removeAll(expected);
            assertThat(extra).allMatch(id -> Integer.parseInt(id) == attempted.get() || Integer.parseInt(id) == attempted.get() - 5);
            assertThat(ids).containsAll(expected.stream()
                    .filter(id -> Integer.parseInt(id) != attempted.get() - 5).toList());
            assertViewEqualsQuery(c, "by_grp", "select grp, count(*) n, sum(v) s, max(v) m from t group by grp");
            assertViewEqualsQuery(c, "total", "select count(*) n, sum(v) s from t");
            assertViewEqualsQuery(c, "joined", "select a.id, b.id as other from t a join t b on a.v = b.grp");
            // and the views keep being maintained after the restart
            exec(c, "delete from t where grp = 3");
            assertViewEqualsQuery(c, "by_grp", "select grp, count(*) n, sum(v) s, max(v) m from t group by grp");
            assertViewEqualsQuery(c, "joined", "select a.id, b.id as other from t a join t b on a.v = b.grp");
        }
    }

    static void assertViewEqualsQuery(Connection c, String view, String query) throws SQLException {
        assertThat(sortedRows(c, "select * from " + view)).as(view).isEqualTo(sortedRows(c, query));
    }
}
