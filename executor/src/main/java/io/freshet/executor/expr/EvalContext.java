package io.freshet.executor.expr;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What an expression may read besides its row: the session's time zone (for TIMESTAMPTZ
 * input, output and arithmetic), the statement's timestamp ({@code now()}), and the values of
 * a prepared statement's parameters.
 *
 * <p>Continuous queries (materialized views) evaluate in {@link #UTC} so their results do not
 * depend on who created them.
 */
public final class EvalContext {
    /** Context for continuous queries: UTC, no parameters, {@code now()} read per call. */
    public static final EvalContext UTC = new EvalContext(ZoneOffset.UTC, Long.MIN_VALUE, new Object[0]);

    private final ZoneId timeZone;
    private final long statementTimestampMicros;
    private final Object[] parameters;

    /**
     * @param timeZone session time zone
     * @param statementTimestampMicros {@code now()} for the statement, or {@code Long.MIN_VALUE}
     *     to read the clock at each call
     * @param parameters values of $1, $2, ... (not copied)
     */
    public EvalContext(ZoneId timeZone, long statementTimestampMicros, Object[] parameters) {
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
        this.statementTimestampMicros = statementTimestampMicros;
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    /** {@code now()}: the statement's start as microseconds since the epoch (UTC). */
    public long statementTimestampMicros() {
        if (statementTimestampMicros != Long.MIN_VALUE) {
            return statementTimestampMicros;
        }
        return currentTimeMicros();
    }

    /** Value of parameter {@code $(index + 1)}. */
    public Object parameter(int index) {
        return parameters[index];
    }

    public int parameterCount() {
        return parameters.length;
    }

    /** Source of {@code random()}. */
    public java.util.Random random() {
        return ThreadLocalRandom.current();
    }

    /** The wall clock in microseconds since the epoch. */
    public static long currentTimeMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
