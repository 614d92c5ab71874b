package io.freshet.server.pgwire;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import java.util.List;
import java.util.Map;

/**
 * One client connection's SQL session, as the wire protocol uses it: prepares SQL, binds
 * parameters, and reports the session state the protocol must show the client.
 *
 * <p>Called by one thread at a time, never a Netty event loop, so an implementation may block
 * (run a slow query) and need not be thread-safe. Only {@link SessionFactory#cancel} arrives
 * from another thread.
 *
 * <p>Errors meant for the client are {@link FreshetException}s; their SQLSTATE, message,
 * detail, hint and position go into the ErrorResponse as they are. Any other exception is
 * reported as {@code XX000} and logged; the connection goes on in both cases.
 */
public interface Session extends AutoCloseable {

    /**
     * Process id sent in BackendKeyData; with {@link #secretKey()} it names this session for
     * cancel requests. Constant; may be read from any thread (the server reads it to cancel
     * running statements when it stops).
     */
    int processId();

    /** Secret key sent in BackendKeyData; a cancel request must present it. Constant, like {@link #processId()}. */
    int secretKey();

    /**
     * Current values of the parameters PostgreSQL reports to clients ({@code GUC_REPORT}):
     * {@code server_version} ("15.0"), {@code server_encoding} and {@code client_encoding}
     * ("UTF8"), {@code DateStyle} ("ISO, MDY"), {@code TimeZone}, {@code integer_datetimes}
     * ("on"), {@code standard_conforming_strings} ("on"), {@code IntervalStyle} ("postgres"),
     * {@code application_name}, {@code is_superuser}, {@code session_authorization}. All are sent
     * after startup; the map is read again after every statement and values that changed are
     * sent again. pgjdbc refuses a server whose {@code client_encoding} is not UTF8 or whose
     * {@code DateStyle} does not start with ISO.
     */
    Map<String, String> reportedParameters();

    /**
     * Context for {@link io.freshet.executor.value.ValueText}, the text form of values (the
     * session's time zone, ...). Read for each statement, so a {@code SET TimeZone} shows in the
     * statements after it.
     */
    EvalContext formatContext();

    /**
     * Prepares every statement of a simple Query string, all of them before any runs (so a
     * syntax error anywhere runs nothing). The protocol then binds each without parameters and
     * runs it to completion in turn, stopping at the first error. As in PostgreSQL, error
     * positions count from the start of the whole string, not of the statement.
     *
     * @return one query per statement; an empty list for an empty (or only comments) string
     */
    List<PreparedQuery> prepareScript(String sql) throws FreshetException;

    /**
     * Prepares one statement for the extended protocol (Parse).
     *
     * @param declaredParameterTypes the types the client declared for {@code $1, $2, ...}, in
     *     order; a {@code null} entry means not declared (OID 0 or {@code unknown}), and there
     *     may be fewer entries than parameters. The returned query's
     *     {@link PreparedQuery#parameterTypes()} must keep every declared type, because the
     *     client sends parameter values in the encoding of the type it declared.
     */
    PreparedQuery prepare(String sql, List<DataType> declaredParameterTypes) throws FreshetException;

    /**
     * Binds a prepared query to parameter values, giving a portal ready to execute (Bind, or
     * each statement of a simple Query).
     *
     * @param parameters one value per {@link PreparedQuery#parameterTypes() parameter}, already
     *     decoded into the executor's Java representation of its type; a parameter whose type
     *     is {@code null} or {@link DataType#NULL} (unknown) arrives as its text, a
     *     {@link String}; SQL NULL is {@code null}
     */
    Portal bind(PreparedQuery query, Object[] parameters) throws FreshetException;

    /**
     * Ends an extended-protocol batch (Sync): PostgreSQL commits an implicit transaction here,
     * or ends an implicit transaction that failed. Called before ReadyForQuery; an exception
     * is reported to the client before ReadyForQuery.
     */
    default void sync() throws FreshetException {
    }

    /**
     * Tells the session that an ErrorResponse was just sent to its client, whether the session
     * raised it or the protocol layer did (a malformed Bind, an unknown portal). PostgreSQL
     * aborts the current transaction on any error, so a session inside a transaction block moves
     * to the failed state here ({@link #transactionStatus()} {@code 'E'}).
     */
    default void errorReported(FreshetException error) {
    }

    /**
     * Transaction status for ReadyForQuery: {@code 'I'} idle (no transaction block), {@code 'T'}
     * in a transaction block, {@code 'E'} in a failed transaction block. Portals are dropped
     * whenever ReadyForQuery is sent with a status other than {@code 'T'}, as PostgreSQL drops
     * them at the end of their transaction.
     */
    char transactionStatus();

    /** Releases the session when its connection ends, whichever side ended it. */
    @Override
    void close();
}
