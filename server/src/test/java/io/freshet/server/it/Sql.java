package io.freshet.server.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for tests: run statements and read results as text rows. */
final class Sql {
    private Sql() {
    }

    static void exec(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Rows of a query, each as the column values' text joined by single spaces ("NULL" for NULL). */
    static List<String> rows(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rows(rs);
        }
    }

    static List<String> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> out = new ArrayList<>();
        while (rs.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (i > 1) {
                    b.append(' ');
                }
                String v = rs.getString(i);
                b.append(v == null ? "NULL" : v);
            }
            out.add(b.toString());
        }
        return out;
    }

    /** The rows of a query, sorted, for order-insensitive comparisons. */
    static List<String> sortedRows(Connection c, String query) throws SQLException {
        List<String> r = rows(c, query);
        r.sort(null);
        return r;
    }
}
