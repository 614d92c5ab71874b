package io.freshet.server.pgwire;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-only {@link SessionFactory} of {@link ScriptedSession}s: keeps the sessions by process
 * id for cancel requests, one shared table {@code t} for INSERT tests, and counters that tests
 * observe (rows produced, sessions closed).
 */
final class ScriptedSessionFactory implements SessionFactory {
    private final Map<Integer, ScriptedSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger nextProcessId = new AtomicInteger(1000);
    final List<Object[]> table = new ArrayList<>();
    /** Rows that series statements have handed to their sinks. */
    final AtomicLong rowsProduced = new AtomicLong();
    /** Portal executions with a row limit (Execute with maxRows > 0). */
    final AtomicInteger limitedExecutions = new AtomicInteger();
    /** Statements inside {@code sleep(ms)} right now. */
    final AtomicInteger sleeping = new AtomicInteger();
    final AtomicInteger sessionsClosed = new AtomicInteger();
    final AtomicInteger cancelRequests = new AtomicInteger();

    @Override
    public Session open(Map<String, String> startupParameters, NoticeSink notices) {
        String database = startupParameters.getOrDefault("database", "freshet");
        if (database.equals("no_such_database")) {
            throw new FreshetException(SqlState.UNDEFINED_OBJECT, "database \"" + database + "\" does not exist");
        }
        int processId = nextProcessId.incrementAndGet();
        ScriptedSession session = new ScriptedSession(this, processId, ThreadLocalRandom.current().nextInt(),
                startupParameters, notices);
        sessions.put(processId, session);
        return session;
    }

    @Override
    public void cancel(int processId, int secretKey) {
        cancelRequests.incrementAndGet();
        ScriptedSession session = sessions.get(processId);
        if (session != null && session.secretKey() == secretKey) {
            session.requestCancel();
        }
    }

    void closed(ScriptedSession session) {
        sessions.remove(session.processId());
        sessionsClosed.incrementAndGet();
    }

    int openSessions() {
        return sessions.size();
    }
}
