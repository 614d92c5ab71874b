package io.freshet.server.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL 15 server, the oracle of the differential tests: {@code initdb} into a
 * temporary directory and {@code pg_ctl start} on a free loopback port, run as the
 * {@code postgres} user when the tests run as root (PostgreSQL refuses to run as root).
 *
 * <p>The cluster is made to look like Freshet to a client: superuser {@code freshet}, database
 * {@code freshet}, time zone UTC, C locale and messages, trust authentication. The same approach
 * as the executor module's expression oracle (test classes are not shared between modules).
 */
final class PostgresServer implements AutoCloseable {
    private final Path binDir;
    private final Path baseDir;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path binDir, Path baseDir, int port, boolean asPostgresUser) {
        this.binDir = binDir;
        this.baseDir = baseDir;
        this.dataDir = baseDir.resolve("data");
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /**
     * The directory with PostgreSQL 15's {@code initdb} and {@code pg_ctl}, or null if not
     * installed: {@code $FRESHET_PG_BIN}, Debian's, the source build's and PGDG's RPM locations,
     * then {@code PATH}.
     */
    static Path findBinaries() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("FRESHET_PG_BIN");
        if (env != null && !env.isBlank()) {
            candidates.add(Paths.get(env));
        }
        candidates.add(Paths.get("/usr/lib/postgresql/15/bin"));
        candidates.add(Paths.get("/usr/local/pgsql/bin"));
        candidates.add(Paths.get("/usr/pgsql-15/bin"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String p : path.split(":")) {
                if (!p.isEmpty()) {
                    candidates.add(Paths.get(p));
                }
            }
        }
        for (Path p : candidates) {
            if (Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl"))) {
                return p;
            }
        }
        return null;
    }

    /** Why the differential tests cannot run here, or null if they can. */
    static String unavailableReason() {
        return findBinaries() == null
                ? "PostgreSQL 15 server binaries (initdb, pg_ctl) not found in $FRESHET_PG_BIN, "
                        + "/usr/lib/postgresql/15/bin or PATH: differential test against PostgreSQL skipped"
                : null;
    }

    /** Creates and starts a cluster; the caller closes it. */
    static PostgresServer start() throws IOException, InterruptedException, SQLException {
        Path bin = findBinaries();
        if (bin == null) {
            throw new IllegalStateException(unavailableReason());
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path base = Files.createTempDirectory("freshet-pg-");
        if (root) {
            run(List.of("chown", "postgres", base.toString()), true);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, base, port, root);
        try {
            server.exec(List.of(bin.resolve("initdb").toString(), "-D", server.dataDir.toString(), "-U", "freshet",
                    "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"));
            server.exec(List.of(bin.resolve("pg_ctl").toString(), "-D", server.dataDir.toString(), "-w", "-t", "60",
                    "-l", base.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c lc_messages=C -c timezone=UTC -c max_connections=20", "start"));
            try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE freshet");
            }
        } catch (IOException | SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    int port() {
        return port;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/freshet";
    }

    /** A pgjdbc connection to database {@code freshet} as user {@code freshet}. */
    Connection connect() throws SQLException {
        return connect("freshet");
    }

    private Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "freshet");
        props.setProperty("connectTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, props);
    }

    private void exec(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean check) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (check && p.exitValue() != 0) {
            throw new IOException("failed (" + p.exitValue() + "): " + command + "\n" + out);
        }
    }

    /** Stops the server (immediate shutdown) and removes its directory. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(dataDir.resolve("postmaster.pid"))) {
                exec(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w",
                        "stop"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(baseDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
