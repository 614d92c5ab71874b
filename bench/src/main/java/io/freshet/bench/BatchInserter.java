package io.freshet.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Fills a table with generated rows through multi-row {@code INSERT ... VALUES (...), (...)}
 * statements of a fixed number of rows each, one statement per round trip. Two ways:
 * <ul>
 *   <li>{@code prepared}: {@code VALUES (?, ...), (?, ...)} prepared once and executed once per
 *       batch with the rows as parameters, so the server plans it once;</li>
 *   <li>{@code literal}: each batch is a new statement with the values written as SQL literals,
 *       so the server parses and plans every batch (this is what a SQL script does).</li>
 * </ul>
 */
final class BatchInserter {
    /** How the rows reach the server. */
    enum Mode {
        PREPARED, LITERAL;

        static Mode parse(String s) {
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(s)) {
                    return m;
                }
            }
            throw new Options.UsageException("--load takes prepared or literal, not " + s);
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The values of row {@code i}: Integer, Long, BigDecimal, String or LocalDateTime. */
    interface RowSource {
        Object[] row(long i);
    }

    private BatchInserter() {
    }

    /** Inserts rows {@code from} to {@code to} (exclusive) of {@code columns} values into {@code table}; returns the seconds it took. */
    static double insert(Connection c, Mode mode, String table, int columns, long from, long to, int batchRows,
            RowSource rows) throws SQLException {
        long start = System.nanoTime();
        long reported = start;
        PreparedStatement full = null;
        try (Statement st = c.createStatement()) {
            for (long first = from; first < to; first += batchRows) {
                int n = (int) Math.min(batchRows, to - first);
                if (mode == Mode.LITERAL) {
                    st.executeUpdate(literalInsert(table, first, n, rows));
                } else if (n == batchRows) {
                    if (full == null) {
                        full = c.prepareStatement(parameterizedInsert(table, columns, n));
                    }
                    bind(full, first, n, rows).executeUpdate();
                } else {
                    try (PreparedStatement last = c.prepareStatement(parameterizedInsert(table, columns, n))) {
                        bind(last, first, n, rows).executeUpdate();
                    }
                }
                long now = System.nanoTime();
                if (now - reported > 10_000_000_000L) {
                    reported = now;
                    long done = first + n - from;
                    Progress.say(String.format("  %s: %d of %d rows, %.0f rows/s", table, done, to - from,
                            done / ((now - start) / 1e9)));
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String parameterizedInsert(String table, int columns, int n) {
        StringBuilder row = new StringBuilder("(");
        for (int j = 0; j < columns; j++) {
            row.append(j == 0 ? "?" : ", ?");
        }
        row.append(')');
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    private static PreparedStatement bind(PreparedStatement ps, long first, int n, RowSource rows) throws SQLException {
        int p = 1;
        for (long i = first; i < first + n; i++) {
            for (Object v : rows.row(i)) {
                ps.setObject(p++, v);
            }
        }
        return ps;
    }

    private static String literalInsert(String table, long first, int n, RowSource rows) {
        StringBuilder sql = new StringBuilder(n * 64).append("INSERT INTO ").append(table).append(" VALUES ");
        for (long i = first; i < first + n; i++) {
            sql.append(i == first ? "(" : ", (");
            Object[] row = rows.row(i);
            for (int j = 0; j < row.length; j++) {
                if (j > 0) {
                    sql.append(", ");
                }
                literal(row[j], sql);
            }
            sql.append(')');
        }
        return sql.toString();
    }

    private static void literal(Object v, StringBuilder sql) {
        if (v == null) {
            sql.append("NULL");
        } else if (v instanceof Integer || v instanceof Long) {
            sql.append(v);
        } else if (v instanceof BigDecimal) {
            sql.append(((BigDecimal) v).toPlainString());
        } else if (v instanceof String) {
            sql.append('\'').append(((String) v).replace("'", "''")).append('\'');
        } else if (v instanceof LocalDateTime) {
            sql.append('\'').append(v.toString().replace('T', ' ')).append('\'');
        } else {
            throw new IllegalArgumentException("no SQL literal for " + v.getClass());
        }
    }
}
