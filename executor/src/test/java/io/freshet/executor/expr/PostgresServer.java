package io.freshet.executor.expr;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL 15 server for differential tests: {@code initdb} into a temporary
 * directory and {@code pg_ctl start} on a free loopback port, as the {@code postgres} user when
 * the tests run as root (PostgreSQL refuses to run as root).
 */
final class PostgresServer implements AutoCloseable {
    private final Path binDir;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path binDir, Path dataDir, int port, boolean asPostgresUser) {
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The directory with PostgreSQL 15's {@code initdb} and {@code pg_ctl}, or null if not installed. */
    static Path findBinaries() {
        String env = System.getenv("FRESHET_PG_BIN");
        List<Path> candidates = new ArrayList<>();
        if (env != null) {
            candidates.add(Paths.get(env));
        }
        candidates.add(Paths.get("/usr/lib/postgresql/15/bin"));
        candidates.add(Paths.get("/usr/local/pgsql/bin"));
        candidates.add(Paths.get("/usr/pgsql-15/bin"));
        for (Path p : candidates) {
            if (Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl"))) {
                return p;
            }
        }
        return null;
    }

    /** Creates and starts a cluster; the caller closes it. */
    static PostgresServer start(Path binDir) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path base = Files.createTempDirectory("freshet-pg-");
        Path data = base.resolve("data");
        if (root) {
            run(List.of("chown", "postgres", base.toString()), false);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(binDir, data, port, root);
        server.exec(List.of(binDir.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"));
        server.exec(List.of(binDir.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "-l", base.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c lc_messages=C -c max_connections=10", "start"));
        return server;
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
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (check && p.exitValue() != 0) {
            throw new IOException("failed (" + p.exitValue() + "): " + command + "\n" + out);
        }
    }

    Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("preferQueryMode", "simple");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", props);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            exec(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"));
        } finally {
            try (Stream<Path> files = Files.walk(dataDir.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
