package io.freshet.executor.error;

import java.util.Objects;

/**
 * Error meant for the client: a message with a {@link SqlState}, and optionally a detail, a
 * hint and the 1-based character position in the statement text that caused it.
 */
public class FreshetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SqlState sqlState;
    private final String detail;
    private final String hint;
    private final int position;

    public FreshetException(SqlState sqlState, String message) {
        this(sqlState, message, null, null, 0, null);
    }

    public FreshetException(SqlState sqlState, String message, Throwable cause) {
        this(sqlState, message, null, null, 0, cause);
    }

    public FreshetException(SqlState sqlState, String message, String detail, String hint, int position,
            Throwable cause) {
        super(message, cause);
        this.sqlState = Objects.requireNonNull(sqlState, "sqlState");
        this.detail = detail;
        this.hint = hint;
        this.position = position;
    }

    public SqlState sqlState() {
        return sqlState;
    }

    /** Secondary message, or null. */
    public String detail() {
        return detail;
    }

    /** Suggestion for the user, or null. */
    public String hint() {
        return hint;
    }

    /** 1-based character position in the statement, or 0 when unknown. */
    public int position() {
        return position;
    }

    /** The same error pointing at {@code newPosition}. */
    public FreshetException withPosition(int newPosition) {
        return new FreshetException(sqlState, getMessage(), detail, hint, newPosition, getCause());
    }

    /** The same error with a detail line. */
    public FreshetException withDetail(String newDetail) {
        return new FreshetException(sqlState, getMessage(), newDetail, hint, position, getCause());
    }

    /** The same error with a hint. */
    public FreshetException withHint(String newHint) {
        return new FreshetException(sqlState, getMessage(), detail, newHint, position, getCause());
    }

    /** A 0A000 error naming what is not supported. */
    public static FreshetException notSupported(String what) {
        return new FreshetException(SqlState.FEATURE_NOT_SUPPORTED, what + " is not supported");
    }
}
