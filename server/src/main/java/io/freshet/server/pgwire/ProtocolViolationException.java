package io.freshet.server.pgwire;

import io.freshet.executor.error.SqlState;

/**
 * A client broke the wire protocol's framing (a bad length, an unknown message type, an
 * unsupported protocol version): the connection cannot go on. The client gets a FATAL
 * ErrorResponse with {@link #code()} and the connection closes; other connections are not
 * affected.
 */
final class ProtocolViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    ProtocolViolationException(String message) {
        this(SqlState.PROTOCOL_VIOLATION.code(), message);
    }

    ProtocolViolationException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** SQLSTATE of the ErrorResponse. */
    String code() {
        return code;
    }
}
