package io.freshet.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The rows of the maintenance benchmark's {@code orders} table and the single-row changes made
 * to it: 70% inserts of new orders, 15% updates of an order's amount, 5% updates that move an
 * order to another customer (a change of group and join key), 10% deletes. It remembers which
 * ids exist, so every update and delete hits exactly one row.
 */
final class OrderChanges {
    static final String[] STATUSES = {"new", "paid", "shipped", "cancelled"};
    static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 1, 0, 0);

    private final String table;
    private final int customers;
    private final SplittableRandom random;
    private long[] live;
    private int liveCount;
    private long nextId;

    /** Changes to {@code table} whose ids 1..{@code rows} exist. */
    OrderChanges(String table, long rows, int customers, long seed) {
        this.table = table;
        this.customers = customers;
        this.random = new SplittableRandom(seed);
        this.live = new long[(int) Math.max(16, rows + rows / 4)];
        for (int i = 0; i < rows; i++) {
            live[i] = i + 1;
        }
        this.liveCount = (int) rows;
        this.nextId = rows + 1;
    }

    /** How many orders exist now. */
    long rows() {
        return liveCount;
    }

    /** The values of an initial row: {@code (id, customer, amount, status, created_at)}. */
    static Object[] row(long id, SplittableRandom random, int customers) {
        return new Object[] {id, 1 + random.nextInt(customers), BigDecimal.valueOf(random.nextInt(100, 100_000), 2),
            STATUSES[random.nextInt(STATUSES.length)], EPOCH.plusSeconds(id)};
    }

    /** Which kind of statement a change was. */
    enum Kind {
        INSERT, UPDATE, DELETE
    }

    /** One change made: its kind and how long its statement took, from send to reply. */
    record Change(Kind kind, long nanos) {
    }

    /** The prepared statements of one connection. */
    final class Statements implements AutoCloseable {
        private final PreparedStatement insert;
        private final PreparedStatement updateAmount;
        private final PreparedStatement moveCustomer;
        private final PreparedStatement delete;

        Statements(Connection c) throws SQLException {
            insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?)");
            updateAmount = c.prepareStatement("UPDATE " + table + " SET amount = ? WHERE id = ?");
            moveCustomer = c.prepareStatement("UPDATE " + table + " SET customer = ? WHERE id = ?");
            delete = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?");
        }

        /** Makes the next random change, one statement; fails unless it changed one row. */
        Change next() throws SQLException {
            int dice = random.nextInt(100);
            if (dice < 70 || liveCount == 0) {
                long id = nextId++;
                insert.setLong(1, id);
                insert.setInt(2, 1 + random.nextInt(customers));
                insert.setBigDecimal(3, BigDecimal.valueOf(random.nextInt(100, 100_000), 2));
                insert.setString(4, STATUSES[random.nextInt(STATUSES.length)]);
                insert.setObject(5, EPOCH.plusSeconds(id));
                long nanos = expectOne(insert, "insert of id " + id);
                add(id);
                return new Change(Kind.INSERT, nanos);
            }
            int slot = random.nextInt(liveCount);
            long id = live[slot];
            if (dice < 85) {
                updateAmount.setBigDecimal(1, BigDecimal.valueOf(random.nextInt(100, 100_000), 2));
                updateAmount.setLong(2, id);
                return new Change(Kind.UPDATE, expectOne(updateAmount, "amount update of id " + id));
            }
            if (dice < 90) {
                moveCustomer.setInt(1, 1 + random.nextInt(customers));
                moveCustomer.setLong(2, id);
                return new Change(Kind.UPDATE, expectOne(moveCustomer, "customer update of id " + id));
            }
            delete.setLong(1, id);
            long nanos = expectOne(delete, "delete of id " + id);
            live[slot] = live[--liveCount];
            return new Change(Kind.DELETE, nanos);
        }

        /** Runs a statement and returns its latency in nanoseconds. */
        private long expectOne(PreparedStatement st, String what) throws SQLException {
            long start = System.nanoTime();
            int n = st.executeUpdate();
            long nanos = System.nanoTime() - start;
            if (n != 1) {
                throw new IllegalStateException(what + " changed " + n + " rows, not 1");
            }
            return nanos;
        }

        @Override
        public void close() throws SQLException {
            insert.close();
            updateAmount.close();
            moveCustomer.close();
            delete.close();
        }
    }

    private void add(long id) {
        if (liveCount == live.length) {
            live = Arrays.copyOf(live, live.length * 2);
        }
        live[liveCount++] = id;
    }
}
