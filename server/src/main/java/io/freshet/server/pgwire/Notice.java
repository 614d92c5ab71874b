package io.freshet.server.pgwire;

import io.freshet.executor.error.SqlState;
import java.util.Objects;

/**
 * A message for the client that is not an error, sent as NoticeResponse while a statement
 * runs: psql prints it, pgjdbc shows it as an {@code SQLWarning}.
 *
 * @param severity how PostgreSQL would classify it
 * @param sqlState condition code, usually {@link SqlState#SUCCESSFUL_COMPLETION} or
 *     {@link SqlState#WARNING}
 * @param message primary message
 * @param detail secondary message, or null
 * @param hint suggestion, or null
 */
public record Notice(Severity severity, SqlState sqlState, String message, String detail, String hint) {

    /** Severity of a notice, spelled as PostgreSQL sends it. */
    public enum Severity {
        WARNING, NOTICE, INFO, LOG, DEBUG
    }

    public Notice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(sqlState, "sqlState");
        Objects.requireNonNull(message, "message");
    }

    /** A plain NOTICE with code 00000. */
    public static Notice notice(String message) {
        return new Notice(Severity.NOTICE, SqlState.SUCCESSFUL_COMPLETION, message, null, null);
    }

    /** A WARNING with code 01000. */
    public static Notice warning(String message) {
        return new Notice(Severity.WARNING, SqlState.WARNING, message, null, null);
    }
}
