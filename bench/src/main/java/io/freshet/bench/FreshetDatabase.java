package io.freshet.bench;

import io.freshet.server.FreshetServer;
import io.freshet.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Freshet a benchmark measures: a server started in this JVM on a free port over a fresh
 * temporary data directory (deleted afterwards), or, with {@code --port}, a running one.
 */
public final class FreshetDatabase implements Database {
    /** The options that choose the server. */
    public static final List<Options.Spec> OPTIONS = List.of(
            new Options.Spec("port", null,
                    "use the Freshet already running on this port instead of starting one in-process"),
            new Options.Spec("host", "127.0.0.1", "host of the server given by --port"),
            new Options.Spec("user", "freshet", "user name to connect as"),
            new Options.Spec("database", "freshet", "database to connect to"));

    private final String host;
    private final int port;
    private final String user;
    private final String database;
    private final FreshetServer server;
    private final Path dataDir;

    private FreshetDatabase(String host, int port, String user, String database, FreshetServer server, Path dataDir) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.database = database;
        this.server = server;
        this.dataDir = dataDir;
    }

    /** The server the options name, or a new in-process one. */
    public static FreshetDatabase open(Options options) throws IOException {
        String user = options.string("user");
        String database = options.string("database");
        if (options.has("port")) {
            return new FreshetDatabase(options.string("host"), options.integer("port", 1), user, database, null, null);
        }
        Path dir = Files.createTempDirectory("freshet-bench-");
        long start = System.nanoTime();
        // The launcher's defaults: 256 MiB block cache, no fsync per commit.
        FreshetServer server = FreshetServer.start(new ServerConfig("127.0.0.1", 0, dir, 100, 64 * 1024 * 1024,
                256L * 1024 * 1024, false));
        Progress.say(String.format("started Freshet in-process on port %d over %s in %.1f s", server.port(), dir,
                (System.nanoTime() - start) / 1e9));
        return new FreshetDatabase("127.0.0.1", server.port(), user, database, server, dir);
    }

    /** Whether this run started the server (and so owns its data). */
    public boolean inProcess() {
        return server != null;
    }

    @Override
    public String target() {
        return "freshet";
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            TempFiles.deleteTree(dataDir);
        }
    }
}
