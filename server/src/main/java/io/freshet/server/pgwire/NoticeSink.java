package io.freshet.server.pgwire;

/**
 * Where a {@link Session} sends {@link Notice notices} for its client. Given to
 * {@link SessionFactory#open}; call it only from within a call of the session or of one of its
 * portals, on the calling thread, so notices arrive in order with the statement's rows.
 */
@FunctionalInterface
public interface NoticeSink {

    /** Sends a NoticeResponse to the client (flushed at once, as PostgreSQL does). */
    void send(Notice notice);
}
