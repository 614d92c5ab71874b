package io.freshet.server.it;

import io.freshet.server.FreshetServer;
import io.freshet.server.ServerConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A Freshet server on a random loopback port over a data directory, for one test class or test. */
final class TestServer implements AutoCloseable {
    private final Path dataDir;
    private FreshetServer server;

    private TestServer(Path dataDir) {
        this.dataDir = dataDir;
        this.server = FreshetServer.start(config(dataDir, 0));
    }

    static TestServer start(Path dataDir) {
        return new TestServer(dataDir);
    }

    static ServerConfig config(Path dataDir, int port) {
        return new ServerConfig("127.0.0.1", port, dataDir, 100, 64 * 1024 * 1024, 32L * 1024 * 1024, false);
    }

    int port() {
        return server.port();
    }

    Path dataDir() {
        return dataDir;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/freshet";
    }

    /** A pgjdbc connection; {@code extra} are connection properties ("prepareThreshold=1", ...). */
    Connection connect(String... extra) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "freshet");
        for (String kv : extra) {
            int eq = kv.indexOf('=');
            p.setProperty(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return DriverManager.getConnection(url(), p);
    }

    /** Stops cleanly and starts again on the same data directory (a new port). */
    void restart() {
        server.close();
        server = FreshetServer.start(config(dataDir, 0));
    }

    FreshetServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
