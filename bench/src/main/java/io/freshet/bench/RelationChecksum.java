package io.freshet.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The row count and an order-independent checksum of a query's result: the sum (modulo 2^64)
 * of a 64-bit hash of each row's text form, so equal multisets of rows give equal checksums
 * whatever the order. Rows are streamed with a cursor, never held all at once.
 */
record RelationChecksum(long rows, long checksum) {

    static RelationChecksum of(Connection c, String query) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // pgjdbc fetches with a cursor only inside a transaction
        try (Statement st = c.createStatement()) {
            st.setFetchSize(10_000);
            long rows = 0;
            long sum = 0;
            try (ResultSet rs = st.executeQuery(query)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    long h = 0xcbf29ce484222325L;
                    for (int i = 1; i <= columns; i++) {
                        String v = rs.getString(i);
                        h = fnv(h, v == null ? "\u0000null" : v);
                        h = fnv(h, "\u0001");
                    }
                    sum += mix(h);
                    rows++;
                }
            }
            c.commit();
            return new RelationChecksum(rows, sum);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finalizer: spreads FNV's bits so that summing hashes stays collision-resistant. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    String hex() {
        return String.format("%016x", checksum);
    }
}
