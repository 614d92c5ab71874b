package io.freshet.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway PostgreSQL server for comparison: {@code initdb} in a temporary directory, started
 * with {@code pg_ctl} on a free port (listening on 127.0.0.1 only, trust authentication), stopped
 * and deleted by {@link #close()}. PostgreSQL refuses to run as root, so when this JVM is root
 * the server runs as the {@code postgres} user ({@code runuser -u postgres}) on a directory it owns.
 */
public final class LocalPostgres implements Database {
    public static final String DEFAULT_BIN = "/usr/lib/postgresql/15/bin";

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final Thread stopOnExit;
    private boolean running;

    private LocalPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.stopOnExit = new Thread(this::stop, "stop-postgres");
    }

    /** Whether {@code initdb} and {@code pg_ctl} are in {@code bin}. */
    public static boolean installed(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    /** Creates and starts a new cluster. */
    public static LocalPostgres start(Path bin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("freshet-bench-pg-");
        LocalPostgres pg = new LocalPostgres(bin, dir, freePort());
        try {
            pg.initAndStart();
        } catch (IOException | InterruptedException | RuntimeException e) {
            pg.close();
            throw e;
        }
        return pg;
    }

    private void initAndStart() throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--no-locale", "--no-sync"), true);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        running = true;
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start"), true);
        Progress.say(String.format("started PostgreSQL (%s) on port %d over %s in %.1f s", bin, port, data,
                (System.nanoTime() - start) / 1e9));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Runs a command (as the postgres user if {@code asOwner} and this is root) and fails on a non-zero exit. */
    private void run(List<String> command, boolean asOwner) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asOwner && isRoot()) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(command);
        Path log = Files.createTempFile("freshet-bench-pg-cmd-", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IOException(String.join(" ", cmd) + " failed with exit code " + exit + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"), true);
        } catch (IOException | InterruptedException e) {
            Progress.say("could not stop PostgreSQL: " + e.getMessage());
        }
    }

    @Override
    public String target() {
        return "postgres";
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String database() {
        return "postgres";
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook stops the server
        }
        TempFiles.deleteTree(dir);
    }
}
