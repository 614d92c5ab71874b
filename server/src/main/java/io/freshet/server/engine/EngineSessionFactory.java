package io.freshet.server.engine;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.server.pgwire.NoticeSink;
import io.freshet.server.pgwire.Session;
import io.freshet.server.pgwire.SessionFactory;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens an {@link EngineSession} per connection over one engine and routes cancel requests by
 * process id and secret key. Freshet has one database, {@code freshet}; connecting to
 * {@code postgres} or to a database named after the user (psql's default) reaches it too. Any
 * user is accepted (trust authentication).
 */
public final class EngineSessionFactory implements SessionFactory {
    private final FreshetEngine engine;
    private final AtomicInteger nextProcessId = new AtomicInteger(1000);
    private final SecureRandom random = new SecureRandom();
    private final Map<Integer, EngineSession> sessions = new ConcurrentHashMap<>();

    public EngineSessionFactory(FreshetEngine engine) {
        this.engine = engine;
    }

    @Override
    public Session open(Map<String, String> startupParameters, NoticeSink notices) {
        String database = startupParameters.getOrDefault("database", "freshet");
        if (!database.equals("freshet") && !database.equals("postgres") && !database.equals(startupParameters.get("user"))
                && !database.isEmpty()) {
            throw new FreshetException(SqlState.INVALID_CATALOG_NAME, "database \"" + database + "\" does not exist")
                    .withHint("Freshet has one database, named freshet.");
        }
        int pid = nextProcessId.incrementAndGet();
        EngineSession s = new EngineSession(engine, pid, random.nextInt(), startupParameters, notices,
                () -> sessions.remove(pid));
        sessions.put(pid, s);
        return s;
    }

    @Override
    public void cancel(int processId, int secretKey) {
        EngineSession s = sessions.get(processId);
        if (s != null && s.secretKey() == secretKey) {
            s.cancel();
        }
    }

    /** Number of open sessions. */
    public int openSessions() {
        return sessions.size();
    }
}
