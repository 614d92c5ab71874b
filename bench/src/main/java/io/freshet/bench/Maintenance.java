package io.freshet.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The cost of incremental view maintenance: single-row changes, one autocommit statement at a
 * time, to an {@code orders} table read by an aggregate view, a join view, both or neither.
 * A change's statement returns once its effect is committed in every view, so its latency is
 * the per-change cost of keeping the views fresh. The same runs over a large and a small table
 * show whether that cost depends on the size of the input (it should not). At the end of each
 * run every view is compared with its defining query.
 */
public final class Maintenance implements Benchmark {
    static final String ORDERS = "bench_orders";
    static final String CUSTOMERS = "bench_customers";
    static final String AGGREGATE_VIEW = "bench_order_totals";
    static final String JOIN_VIEW = "bench_order_details";
    static final String AGGREGATE_QUERY = "SELECT customer, count(*) AS n_orders, sum(amount) AS total, "
            + "max(amount) AS largest FROM " + ORDERS + " GROUP BY customer";
    static final String JOIN_QUERY = "SELECT o.id, o.customer, c.name, c.region, o.amount FROM " + ORDERS
            + " o JOIN " + CUSTOMERS + " c ON o.customer = c.id";
    static final String[] REGIONS = {"north", "south", "east", "west", "central"};

    @Override
    public String name() {
        return "maintenance";
    }

    @Override
    public String summary() {
        return "latency of single-row changes kept up to date in an aggregate view and a join view";
    }

    @Override
    public List<Options.Spec> options() {
        List<Options.Spec> specs = new ArrayList<>(List.of(
                new Options.Spec("rows", "1000000", "rows in the orders table"),
                new Options.Spec("small-rows", "10000", "the same runs again over a table of this many rows (0: skip)"),
                new Options.Spec("changes", "20000", "measured single-row changes per view set"),
                new Options.Spec("warmup-changes", "10000", "unmeasured changes before each measured series"),
                new Options.Spec("customers", "10000", "rows in the customers table (the number of groups)"),
                new Options.Spec("batch-rows", "2000", "rows per multi-row INSERT while loading"),
                new Options.Spec("load", "prepared",
                        "how the load sends its INSERTs: prepared (with parameters, planned once) or literal"),
                new Options.Spec("seed", "42", "seed of the generated data and changes")));
        specs.addAll(FreshetDatabase.OPTIONS);
        return specs;
    }

    private record Settings(int changes, int warmup, int customers, int batchRows, BatchInserter.Mode load,
            long seed) {
    }

    @Override
    public void run(Options o) throws Exception {
        Settings s = new Settings(o.integer("changes", 1), o.integer("warmup-changes", 0),
                o.integer("customers", 1), o.integer("batch-rows", 1), BatchInserter.Mode.parse(o.string("load")),
                o.integer("seed"));
        List<Integer> sizes = new ArrayList<>(List.of(o.integer("rows", 1)));
        if (o.integer("small-rows", 0) > 0) {
            sizes.add(o.integer("small-rows"));
        }
        long start = System.nanoTime();
        boolean verified = true;
        for (int rows : sizes) {
            // A fresh server per table size (unless --port names one), so one run's data cannot slow the next.
            try (FreshetDatabase db = FreshetDatabase.open(o)) {
                verified &= runSize(db, rows, s);
            }
        }
        ResultLine.of(name()).add("step", "summary").add("sizes", sizes.toString().replace(" ", ""))
                .add("total_s", (System.nanoTime() - start) / 1e9, 1).add("verified", verified).print();
    }

    /** Loads a table of {@code rows} orders, then measures each view set over it; returns whether every check passed. */
    private boolean runSize(Database db, int rows, Settings s) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            dropAll(st);
            st.execute("CREATE TABLE " + CUSTOMERS + " (id int PRIMARY KEY, name text, region text)");
            st.execute("CREATE TABLE " + ORDERS + " (id bigint PRIMARY KEY, customer int, amount numeric(10,2), "
                    + "status text, created_at timestamp)");
            Progress.say("loading " + s.customers() + " customers and " + rows + " orders");
            double customersSeconds = BatchInserter.insert(c, s.load(), CUSTOMERS, 3, 1, s.customers() + 1L,
                    s.batchRows(), i -> new Object[] {(int) i, "customer " + i, REGIONS[(int) (i % REGIONS.length)]});
            SplittableRandom random = new SplittableRandom(s.seed());
            double ordersSeconds = BatchInserter.insert(c, s.load(), ORDERS, 5, 1, rows + 1L, s.batchRows(),
                    i -> OrderChanges.row(i, random, s.customers()));
            ResultLine.of(name()).add("step", "load").add("rows", rows).add("customers", s.customers())
                    .add("load_s", ordersSeconds, 1).add("load_rows_per_sec", rows / ordersSeconds, 0)
                    .add("customers_load_s", customersSeconds, 1).add("load", s.load().toString())
                    .add("batch_rows", s.batchRows()).print();

            OrderChanges changes = new OrderChanges(ORDERS, rows, s.customers(), s.seed() + 1);
            boolean verified = true;
            measure(db, rows, s, changes, "none", Map.of());

            createView(st, rows, changes, "aggregate", AGGREGATE_VIEW, AGGREGATE_QUERY);
            verified &= measure(db, rows, s, changes, "aggregate", Map.of(AGGREGATE_VIEW, AGGREGATE_QUERY));

            createView(st, rows, changes, "join", JOIN_VIEW, JOIN_QUERY);
            Map<String, String> both = new LinkedHashMap<>();
            both.put(AGGREGATE_VIEW, AGGREGATE_QUERY);
            both.put(JOIN_VIEW, JOIN_QUERY);
            verified &= measure(db, rows, s, changes, "both", both);

            st.execute("DROP MATERIALIZED VIEW " + AGGREGATE_VIEW);
            verified &= measure(db, rows, s, changes, "join", Map.of(JOIN_VIEW, JOIN_QUERY));
            dropAll(st);
            return verified;
        }
    }

    private static void dropAll(Statement st) throws SQLException {
        st.execute("DROP MATERIALIZED VIEW IF EXISTS " + AGGREGATE_VIEW);
        st.execute("DROP MATERIALIZED VIEW IF EXISTS " + JOIN_VIEW);
        st.execute("DROP TABLE IF EXISTS " + ORDERS);
        st.execute("DROP TABLE IF EXISTS " + CUSTOMERS);
    }

    /** Creates a view over the current table (the backfill) and prints how long it took. */
    private void createView(Statement st, int rows, OrderChanges changes, String label, String view, String query)
            throws SQLException {
        Progress.say("creating the " + label + " view over " + changes.rows() + " orders");
        long start = System.nanoTime();
        st.execute("CREATE MATERIALIZED VIEW " + view + " AS " + query);
        double seconds = (System.nanoTime() - start) / 1e9;
        long viewRows;
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + view)) {
            rs.next();
            viewRows = rs.getLong(1);
        }
        ResultLine.of(name()).add("step", "create_view").add("view", label).add("rows", rows)
                .add("table_rows", changes.rows()).add("backfill_s", seconds, 2)
                .add("backfill_rows_per_sec", changes.rows() / seconds, 0).add("view_rows", viewRows).print();
    }

    /**
     * Makes the warm-up and then the measured changes over a new connection (so its statements
     * are prepared against the current views), prints the figures, and checks the views.
     */
    private boolean measure(Database db, int rows, Settings s, OrderChanges changes, String label,
            Map<String, String> views) throws SQLException {
        Progress.say("view=" + label + ": " + s.warmup() + " warm-up and " + s.changes() + " measured changes");
        long tableRows = changes.rows();
        LatencyRecorder all = new LatencyRecorder();
        Map<OrderChanges.Kind, LatencyRecorder> byKind = new LinkedHashMap<>();
        for (OrderChanges.Kind k : OrderChanges.Kind.values()) {
            byKind.put(k, new LatencyRecorder());
        }
        double seconds;
        try (Connection c = db.connect(); OrderChanges.Statements st = changes.new Statements(c)) {
            for (int i = 0; i < s.warmup(); i++) {
                st.next();
            }
            long start = System.nanoTime();
            for (int i = 0; i < s.changes(); i++) {
                OrderChanges.Change ch = st.next();
                all.recordNanos(ch.nanos());
                byKind.get(ch.kind()).recordNanos(ch.nanos());
            }
            seconds = (System.nanoTime() - start) / 1e9;
        }
        boolean verified = true;
        try (Connection c = db.connect()) {
            for (Map.Entry<String, String> v : views.entrySet()) {
                verified &= verify(c, rows, label, v.getKey(), v.getValue());
            }
        }
        ResultLine line = ResultLine.of(name()).add("view", label).add("rows", rows).add("changes", s.changes())
                .add("p50_ms", all.percentileMs(50), 3).add("p90_ms", all.percentileMs(90), 3)
                .add("p99_ms", all.percentileMs(99), 3).add("p999_ms", all.percentileMs(99.9), 3)
                .add("max_ms", all.maxMs(), 3).add("mean_ms", all.meanMs(), 3)
                .add("changes_per_sec", s.changes() / seconds, 0);
        for (Map.Entry<OrderChanges.Kind, LatencyRecorder> k : byKind.entrySet()) {
            line.add(k.getKey().name().toLowerCase() + "_p50_ms", k.getValue().percentileMs(50), 3);
        }
        line.add("table_rows", tableRows);
        if (!views.isEmpty()) {
            line.add("verified", verified);
        }
        line.print();
        return verified;
    }

    /** Compares a view with its defining query run over the current tables; prints both checksums. */
    private boolean verify(Connection c, int rows, String label, String view, String query) throws SQLException {
        long start = System.nanoTime();
        RelationChecksum stored = RelationChecksum.of(c, "SELECT * FROM " + view);
        RelationChecksum expected = RelationChecksum.of(c, query);
        boolean equal = stored.equals(expected);
        ResultLine.of(name()).add("step", "verify").add("view", label).add("relation", view).add("rows", rows)
                .add("view_rows", stored.rows()).add("query_rows", expected.rows())
                .add("view_checksum", stored.hex()).add("query_checksum", expected.hex())
                .add("check_s", (System.nanoTime() - start) / 1e9, 1).add("verified", equal).print();
        return equal;
    }
}
