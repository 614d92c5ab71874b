package io.freshet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A database a benchmark runs against, reachable over the PostgreSQL wire protocol. */
public interface Database extends AutoCloseable {
    /** What it is, for the {@code target=} key: {@code freshet} or {@code postgres}. */
    String target();

    String host();

    int port();

    String user();

    String database();

    /** A new pgjdbc connection (autocommit on). */
    default Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        // The benchmarks measure statements, not the driver's guesses: no client-side rewrites.
        p.setProperty("reWriteBatchedInserts", "false");
        p.setProperty("prepareThreshold", "1");
        return DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port() + "/" + database(), p);
    }

    /** Stops what the benchmark started (nothing, for a server given by {@code --port}). */
    @Override
    void close();
}
