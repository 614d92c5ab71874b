package io.freshet.server.pgwire;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;

/**
 * An error in a well-framed frontend message (a Bind to a statement that does not exist, a
 * malformed payload, a duplicate portal name): reported as an ordinary ERROR, after which the
 * extended protocol skips to Sync and the connection goes on. Carries PostgreSQL's exact
 * SQLSTATE in {@link #wireCode()} where {@link SqlState} has no constant for it; the inherited
 * {@link #sqlState()} is the nearest one.
 */
final class ProtocolErrorException extends FreshetException {
    private static final long serialVersionUID = 1L;

    private final String wireCode;

    private ProtocolErrorException(SqlState nearest, String wireCode, String message) {
        super(nearest, message);
        this.wireCode = wireCode;
    }

    /** SQLSTATE sent in the ErrorResponse. */
    String wireCode() {
        return wireCode;
    }

    /** 08P01: the payload of a message does not match its type's layout, or values disagree with each other. */
    static ProtocolErrorException protocolViolation(String message) {
        return new ProtocolErrorException(SqlState.PROTOCOL_VIOLATION, SqlState.PROTOCOL_VIOLATION.code(), message);
    }

    /** 26000: Bind or Describe of a statement that does not exist. */
    static ProtocolErrorException unknownStatement(String name) {
        return new ProtocolErrorException(SqlState.INVALID_SQL_STATEMENT_NAME, SqlState.INVALID_SQL_STATEMENT_NAME.code(),
                name.isEmpty() ? "unnamed prepared statement does not exist"
                        : "prepared statement \"" + name + "\" does not exist");
    }

    /** 34000: Execute or Describe of a portal that does not exist. */
    static ProtocolErrorException unknownPortal(String name) {
        return new ProtocolErrorException(SqlState.INVALID_CURSOR_NAME, SqlState.INVALID_CURSOR_NAME.code(),
                "portal \"" + name + "\" does not exist");
    }

    /** 42P05 duplicate_prepared_statement. */
    static ProtocolErrorException duplicateStatement(String name) {
        return new ProtocolErrorException(SqlState.DUPLICATE_OBJECT, "42P05",
                "prepared statement \"" + name + "\" already exists");
    }

    /** 42P03 duplicate_cursor. */
    static ProtocolErrorException duplicatePortal(String name) {
        return new ProtocolErrorException(SqlState.DUPLICATE_OBJECT, "42P03", "cursor \"" + name + "\" already exists");
    }

    /** 22023: a format code other than 0 (text) or 1 (binary). */
    static ProtocolErrorException unsupportedFormatCode(int code) {
        return new ProtocolErrorException(SqlState.INVALID_PARAMETER_VALUE, SqlState.INVALID_PARAMETER_VALUE.code(),
                "unsupported format code: " + code);
    }

    /** 42704 undefined_object: a parameter type OID Freshet does not know. */
    static ProtocolErrorException unknownTypeOid(int oid) {
        return new ProtocolErrorException(SqlState.UNDEFINED_OBJECT, SqlState.UNDEFINED_OBJECT.code(),
                "type with OID " + oid + " is not supported");
    }
}
