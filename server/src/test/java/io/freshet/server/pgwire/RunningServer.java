package io.freshet.server.pgwire;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** Test fixture: a {@link PgServer} over {@link ScriptedSessionFactory} on a random loopback port. */
final class RunningServer implements AutoCloseable {
    final ScriptedSessionFactory sessions = new ScriptedSessionFactory();
    final PgServer server;
    final int port;

    RunningServer() {
        this(PgServerConfig.defaults().withShutdownTimeout(Duration.ofSeconds(5)));
    }

    RunningServer(PgServerConfig config) {
        server = new PgServer(sessions, config);
        port = server.start("127.0.0.1", 0);
    }

    /** A pgjdbc connection with extra URL parameters, e.g. {@code preferQueryMode=simple}. */
    Connection connect(String urlParameters) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/freshet?user=freshet&connectTimeout=10&socketTimeout=30"
                + (urlParameters.isEmpty() ? "" : "&" + urlParameters);
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() {
        server.stop();
    }
}
