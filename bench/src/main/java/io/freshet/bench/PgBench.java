package io.freshet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Point reads through PostgreSQL's own {@code pgbench}: a {@code pgbench_accounts} table of
 * {@code --rows} rows, then {@code SELECT abalance FROM pgbench_accounts WHERE aid = :aid} with a
 * random {@code aid}, as prepared statements, from {@code --clients} connections for
 * {@code --seconds}. The same against a throwaway local PostgreSQL when one is installed.
 */
public final class PgBench implements Benchmark {
    private static final String SCRIPT = "\\set aid random(1, :rows)\n"
            + "SELECT abalance FROM pgbench_accounts WHERE aid = :aid;\n";
    private static final Pattern TPS = Pattern.compile("(?m)^tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("(?m)^latency average = ([0-9.]+) ms");
    private static final Pattern PROCESSED = Pattern.compile("(?m)^number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("(?m)^number of failed transactions: (\\d+)");

    @Override
    public String name() {
        return "pgbench";
    }

    @Override
    public String summary() {
        return "point SELECTs by primary key through pgbench (prepared), against Freshet and a local PostgreSQL 15";
    }

    @Override
    public List<Options.Spec> options() {
        List<Options.Spec> specs = new ArrayList<>(List.of(
                new Options.Spec("rows", "100000", "rows in pgbench_accounts"),
                new Options.Spec("clients", "1", "concurrent pgbench clients (and threads, -c and -j)"),
                new Options.Spec("seconds", "10", "length of the measured pgbench run (-T)"),
                new Options.Spec("warmup-seconds", "5", "an unreported pgbench run before the measured one (0: none)"),
                new Options.Spec("batch-rows", "2000", "rows per multi-row INSERT while loading"),
                new Options.Spec("load", "prepared",
                        "how the load sends its INSERTs: prepared (with parameters, planned once) or literal"),
                new Options.Spec("pgbench", "pgbench", "the pgbench program"),
                new Options.Spec("postgres", "auto",
                        "compare with a local PostgreSQL: auto (if installed), true (must be), false"),
                new Options.Spec("pg-bin", LocalPostgres.DEFAULT_BIN, "directory of initdb and pg_ctl")));
        specs.addAll(FreshetDatabase.OPTIONS);
        return specs;
    }

    @Override
    public void run(Options o) throws Exception {
        Settings s = new Settings(o.integer("rows", 1), o.integer("clients", 1), o.integer("seconds", 1),
                o.integer("warmup-seconds", 0), o.integer("batch-rows", 1), BatchInserter.Mode.parse(o.string("load")),
                o.string("pgbench"));
        String postgres = o.string("postgres");
        if (!List.of("auto", "true", "false").contains(postgres)) {
            throw new Options.UsageException("option --postgres takes auto, true or false");
        }
        Path pgBin = Path.of(o.string("pg-bin"));
        boolean comparePostgres = postgres.equals("true")
                || (postgres.equals("auto") && LocalPostgres.installed(pgBin));
        if (postgres.equals("true") && !LocalPostgres.installed(pgBin)) {
            throw new IllegalStateException("no initdb and pg_ctl in " + pgBin + " (see --pg-bin)");
        }

        try (FreshetDatabase freshet = FreshetDatabase.open(o)) {
            measure(freshet, s);
        }
        if (comparePostgres) {
            try (LocalPostgres pg = LocalPostgres.start(pgBin)) {
                measure(pg, s);
            }
        } else {
            Progress.say("no PostgreSQL in " + pgBin + ": no comparison run");
        }
    }

    private record Settings(int rows, int clients, int seconds, int warmupSeconds, int batchRows,
            BatchInserter.Mode load, String pgbench) {
    }

    private void measure(Database db, Settings s) throws Exception {
        Progress.say("loading " + s.rows() + " rows into pgbench_accounts on " + db.target());
        double loadSeconds;
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS pgbench_accounts");
            st.execute("CREATE TABLE pgbench_accounts (aid int PRIMARY KEY, bid int, abalance int, filler text)");
            // pgbench's own filler is 84 blanks; random balances make the answers differ from row to row.
            String filler = " ".repeat(84);
            loadSeconds = BatchInserter.insert(c, s.load(), "pgbench_accounts", 4, 1, s.rows() + 1L, s.batchRows(),
                    i -> new Object[] {(int) i, (int) (1 + (i - 1) / 100_000),
                        ThreadLocalRandom.current().nextInt(-5000, 5000), filler});
            if (db instanceof LocalPostgres) {
                st.execute("VACUUM ANALYZE pgbench_accounts"); // what pgbench's own initialization does
            }
        }
        Path script = Files.createTempFile("freshet-bench-pgbench-", ".sql");
        try {
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            if (s.warmupSeconds() > 0) {
                Progress.say("pgbench warm-up for " + s.warmupSeconds() + " s");
                pgbench(db, s, script, s.warmupSeconds());
            }
            Progress.say("pgbench for " + s.seconds() + " s with " + s.clients() + " client(s)");
            String out = pgbench(db, s, script, s.seconds());
            ResultLine.of("pgbench").add("target", db.target()).add("rows", s.rows()).add("clients", s.clients())
                    .add("seconds", s.seconds()).add("tps", Double.parseDouble(find(TPS, out)), 1)
                    .add("latency_ms_avg", Double.parseDouble(find(LATENCY, out)), 3)
                    .add("transactions", Long.parseLong(find(PROCESSED, out)))
                    .add("failed", Long.parseLong(find(FAILED, out)))
                    .add("load_s", loadSeconds, 1).add("load_rows_per_sec", s.rows() / loadSeconds, 0)
                    .add("load", s.load().toString()).print();
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Runs pgbench for {@code seconds} and returns its report; fails if pgbench does. */
    private static String pgbench(Database db, Settings s, Path script, int seconds)
            throws IOException, InterruptedException {
        List<String> cmd = List.of(s.pgbench(), "-h", db.host(), "-p", String.valueOf(db.port()), "-U", db.user(),
                "-n", "-M", "prepared", "-f", script.toString(), "-D", "rows=" + s.rows(),
                "-c", String.valueOf(s.clients()), "-j", String.valueOf(s.clients()), "-T", String.valueOf(seconds),
                db.database());
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + s.pgbench() + " (is PostgreSQL's pgbench installed? "
                    + "see --pgbench): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit != 0 || !TPS.matcher(out).find()) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed (exit " + exit + "):\n" + out);
        }
        return out;
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("pgbench output lacks " + p.pattern() + ":\n" + text);
        }
        return m.group(1);
    }
}
