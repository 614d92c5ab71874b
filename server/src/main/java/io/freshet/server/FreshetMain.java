package io.freshet.server;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code freshet} command line: {@code freshet server [options]}. */
@Command(name = "freshet", mixinStandardHelpOptions = true, version = "Freshet 0.1.0",
        description = "Freshet: a streaming SQL database that speaks PostgreSQL.",
        subcommands = {FreshetMain.ServerCommand.class, CommandLine.HelpCommand.class})
public final class FreshetMain implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FreshetMain()).execute(args));
    }

    /** {@code freshet server}: runs the database until interrupted (Ctrl-C or SIGTERM). */
    @Command(name = "server", mixinStandardHelpOptions = true,
            description = {"Starts the database with embedded storage and serves the PostgreSQL wire protocol.",
                "Each option can also be set with an environment variable (FRESHET_PORT, FRESHET_HOST, "
                        + "FRESHET_DATA_DIR, ...) or in a properties file (port=5433, data-dir=...); a flag wins "
                        + "over the environment, which wins over the file."})
    static final class ServerCommand implements Callable<Integer> {
        @Option(names = "--host", paramLabel = "HOST",
                description = "Address to listen on (default 127.0.0.1).")
        String host;

        @Option(names = "--port", paramLabel = "N", description = "TCP port for clients (default 5433; 0 = any free port).")
        Integer port;

        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Directory of the database files; created if missing (default ./freshet-data).")
        Path dataDir;

        @Option(names = "--config", paramLabel = "FILE",
                description = "Properties file with settings (also FRESHET_CONFIG).")
        Path config;

        @Option(names = "--max-connections", paramLabel = "N", description = "Most concurrent client connections (default 100).")
        Integer maxConnections;

        @Option(names = "--max-message-bytes", paramLabel = "BYTES",
                description = "Largest protocol message a client may send (default 67108864).")
        Integer maxMessageBytes;

        @Option(names = "--block-cache-mb", paramLabel = "MB", description = "RocksDB block cache size in MiB (default 256).")
        Integer blockCacheMb;

        @Option(names = "--sync-writes", paramLabel = "true|false",
                description = "fsync every commit (survives OS crashes, slower). Default false: commits survive a "
                        + "crash of the Freshet process.")
        Boolean syncWrites;

        @Override
        public Integer call() throws Exception {
            ServerConfig cfg = resolve(ServerConfig.Sources.load(System.getenv(), config));
            FreshetServer server = FreshetServer.start(cfg);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "freshet-shutdown"));
            System.out.println("Freshet is ready: psql -h " + cfg.host() + " -p " + server.port() + " -U freshet freshet");
            stopped.await();
            return 0;
        }

        ServerConfig resolve(ServerConfig.Sources s) {
            return new ServerConfig(
                    host != null ? host : or(s.get("host"), ServerConfig.DEFAULT_HOST),
                    port != null ? port : Integer.parseInt(or(s.get("port"), String.valueOf(ServerConfig.DEFAULT_PORT))),
                    dataDir != null ? dataDir : Path.of(or(s.get("data-dir"), ServerConfig.DEFAULT_DATA_DIR)),
                    maxConnections != null ? maxConnections : Integer.parseInt(or(s.get("max-connections"), "100")),
                    maxMessageBytes != null ? maxMessageBytes
                            : Integer.parseInt(or(s.get("max-message-bytes"), String.valueOf(64 * 1024 * 1024))),
                    (blockCacheMb != null ? blockCacheMb : Integer.parseInt(or(s.get("block-cache-mb"), "256")))
                            * 1024L * 1024L,
                    syncWrites != null ? syncWrites : Boolean.parseBoolean(or(s.get("sync-writes"), "false")));
        }

        private static String or(String v, String fallback) {
            return v != null ? v : fallback;
        }
    }
}
