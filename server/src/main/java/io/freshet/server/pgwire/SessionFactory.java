package io.freshet.server.pgwire;

import io.freshet.executor.error.FreshetException;
import java.util.Map;

/**
 * Entry point of the SQL engine for the wire protocol: opens a {@link Session} for each new
 * connection and routes cancel requests to the session they name. Thread-safe: called from
 * many connections' worker threads at once.
 */
public interface SessionFactory {

    /**
     * Opens the session of a new connection after its StartupMessage.
     *
     * @param startupParameters what the client sent: {@code user}, {@code database},
     *     {@code application_name}, {@code options}, {@code client_encoding}, ... (unmodifiable)
     * @param notices where the session sends {@link Notice notices} for this client; call it
     *     only from within a call of the session or one of its portals, on the calling thread
     * @throws FreshetException to refuse the connection (for example an unknown database); the
     *     client gets it as a FATAL ErrorResponse and the connection closes
     */
    Session open(Map<String, String> startupParameters, NoticeSink notices) throws FreshetException;

    /**
     * Cancels the statement running in the session with this {@link Session#processId()} if
     * {@code secretKey} matches its {@link Session#secretKey()}. Best effort: unknown keys and
     * idle sessions are ignored, and nothing is reported to the requester, as in PostgreSQL.
     */
    void cancel(int processId, int secretKey);
}
