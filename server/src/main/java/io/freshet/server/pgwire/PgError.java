package io.freshet.server.pgwire;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fields of one ErrorResponse: severity, SQLSTATE, message and the optional detail, hint
 * and 1-based position in the statement text. Built from whatever was thrown: a
 * {@link FreshetException} keeps its fields; any other exception is a bug, reported as
 * {@code XX000} with its message and logged with its stack trace.
 *
 * @param severity {@code ERROR} or {@code FATAL} (FATAL ends the connection)
 * @param code five-character SQLSTATE
 * @param position 1-based character position in the statement, or 0 for none
 */
record PgError(String severity, String code, String message, String detail, String hint, int position) {
    private static final Logger LOG = LoggerFactory.getLogger(PgError.class);

    static final String ERROR = "ERROR";
    static final String FATAL = "FATAL";

    /** The ErrorResponse for {@code failure} with severity {@code severity}. */
    static PgError of(Throwable failure, String severity) {
        if (failure instanceof ProtocolErrorException) {
            ProtocolErrorException e = (ProtocolErrorException) failure;
            return new PgError(severity, e.wireCode(), e.getMessage(), e.detail(), e.hint(), e.position());
        }
        if (failure instanceof FreshetException) {
            FreshetException e = (FreshetException) failure;
            return new PgError(severity, e.sqlState().code(), messageOf(e), e.detail(), e.hint(), e.position());
        }
        if (failure instanceof ProtocolViolationException) {
            return new PgError(FATAL, ((ProtocolViolationException) failure).code(), failure.getMessage(), null, null, 0);
        }
        LOG.error("Internal error reported to a client", failure);
        return new PgError(severity, SqlState.INTERNAL_ERROR.code(), messageOf(failure), null, null, 0);
    }

    /** A FATAL error with a code and message. */
    static PgError fatal(SqlState state, String message) {
        return new PgError(FATAL, state.code(), message, null, null, 0);
    }

    /** {@code failure} as a FreshetException (itself, or XX000 around it) for {@link Session#errorReported}. */
    static FreshetException asFreshetException(Throwable failure) {
        if (failure instanceof FreshetException) {
            return (FreshetException) failure;
        }
        return new FreshetException(SqlState.INTERNAL_ERROR, messageOf(failure), failure);
    }

    private static String messageOf(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
    }
}
