package io.freshet.server.slt;

import io.freshet.server.FreshetServer;
import io.freshet.server.ServerConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Freshet server the conformance files run against: one started in this JVM on a random
 * loopback port over a temporary data directory (and started afresh, over a new directory,
 * when it stops answering), or an external one named by a JDBC URL ({@code -Dslt.url}).
 */
final class ServerUnderTest implements AutoCloseable {
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(20);

    private final Path dataRoot;
    private final String externalUrl;
    private final Duration socketTimeout;
    private FreshetServer server;
    private int generation;

    private ServerUnderTest(Path dataRoot, String externalUrl, Duration socketTimeout) {
        this.dataRoot = dataRoot;
        this.externalUrl = externalUrl;
        this.socketTimeout = socketTimeout;
    }

    /** A server in this JVM with its data under {@code dataRoot}. */
    static ServerUnderTest embedded(Path dataRoot, Duration socketTimeout) {
        ServerUnderTest s = new ServerUnderTest(dataRoot, null, socketTimeout);
        s.startEmbedded();
        return s;
    }

    /** The server at {@code url} (jdbc:postgresql://...), which this class never stops. */
    static ServerUnderTest external(String url, Duration socketTimeout) {
        return new ServerUnderTest(null, url, socketTimeout);
    }

    private void startEmbedded() {
        generation++;
        Path dir = dataRoot.resolve("data-" + generation);
        server = FreshetServer.start(new ServerConfig("127.0.0.1", 0, dir, 100, 64 * 1024 * 1024, 32L * 1024 * 1024,
                false));
    }

    String url() {
        return externalUrl != null ? externalUrl : "jdbc:postgresql://127.0.0.1:" + server.port() + "/freshet";
    }

    /** A new pgjdbc connection as user freshet; a read blocked longer than the socket timeout fails. */
    Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "freshet");
        p.setProperty("socketTimeout", Long.toString(socketTimeout.toSeconds()));
        p.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(url(), p);
    }

    /** Whether the server answers {@code select 1} promptly. */
    boolean healthy() {
        CompletableFuture<Boolean> probe = CompletableFuture.supplyAsync(() -> {
            try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
                return rs.next();
            } catch (SQLException e) {
                return false;
            }
        });
        try {
            return probe.get(HEALTH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Replaces an embedded server that stopped answering with a new one over a new data
     * directory; false for an external server, which cannot be replaced.
     */
    boolean replace() {
        if (externalUrl != null) {
            return false;
        }
        FreshetServer old = server;
        CompletableFuture<Void> closing = CompletableFuture.runAsync(old::close);
        try {
            closing.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // a wedged server is abandoned; its threads die with the test JVM
        }
        startEmbedded();
        return true;
    }

    /** How many embedded servers were started (more than one means some had to be replaced). */
    int generation() {
        return generation;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
