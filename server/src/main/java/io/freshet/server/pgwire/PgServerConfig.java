package io.freshet.server.pgwire;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link PgServer}: limits that protect it from clients, and how long a stop
 * waits for sessions to close.
 *
 * @param maxMessageSize the largest frontend message accepted, in bytes (the length field
 *     included); a larger one ends its connection with a protocol violation. Default 64 MiB.
 * @param maxConnections client connections served at once; one more gets "sorry, too many
 *     clients already" (53300) in answer to its StartupMessage. Default 100, as PostgreSQL.
 * @param shutdownTimeout how long {@link PgServer#stop()} waits for running statements to end
 *     and sessions to close. Default 10 s.
 */
public record PgServerConfig(int maxMessageSize, int maxConnections, Duration shutdownTimeout) {
    /** Default {@link #maxMessageSize()}: 64 MiB. */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 64 * 1024 * 1024;
    /** Default {@link #maxConnections()}: 100. */
    public static final int DEFAULT_MAX_CONNECTIONS = 100;
    /** Default {@link #shutdownTimeout()}: 10 s. */
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    public PgServerConfig {
        if (maxMessageSize < 5) {
            throw new IllegalArgumentException("maxMessageSize must be at least 5 bytes: " + maxMessageSize);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
        }
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    }

    /** The defaults. */
    public static PgServerConfig defaults() {
        return new PgServerConfig(DEFAULT_MAX_MESSAGE_SIZE, DEFAULT_MAX_CONNECTIONS, DEFAULT_SHUTDOWN_TIMEOUT);
    }

    /** The same with another {@link #maxMessageSize()}. */
    public PgServerConfig withMaxMessageSize(int bytes) {
        return new PgServerConfig(bytes, maxConnections, shutdownTimeout);
    }

    /** The same with another {@link #maxConnections()}. */
    public PgServerConfig withMaxConnections(int connections) {
        return new PgServerConfig(maxMessageSize, connections, shutdownTimeout);
    }

    /** The same with another {@link #shutdownTimeout()}. */
    public PgServerConfig withShutdownTimeout(Duration timeout) {
        return new PgServerConfig(maxMessageSize, maxConnections, timeout);
    }
}
