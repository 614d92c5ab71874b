package io.freshet.server.pgwire;

import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * A statement that a {@link Session} parsed and analysed and can bind to parameter values
 * any number of times: what a named or unnamed prepared statement of the extended protocol
 * holds, and each statement of a simple Query.
 */
public interface PreparedQuery {

    /**
     * Types of {@code $1, $2, ...}, in order; a {@code null} entry or {@link DataType#NULL} is a
     * parameter whose type could not be determined, sent to the client as {@code unknown} and
     * passed to {@link Session#bind} as text.
     */
    List<DataType> parameterTypes();

    /**
     * Columns of the rows the statement returns, or {@code null} if it returns no rows (DDL,
     * INSERT without RETURNING, SET...), which Describe answers with NoData. May be an empty
     * list for a query that returns rows without columns.
     */
    List<ResultColumn> resultColumns();

    /** Whether the statement is empty (only white space or comments): Execute answers EmptyQueryResponse. */
    boolean isEmpty();

    /** Releases the statement (Close, replacement of the unnamed statement, end of connection). */
    default void close() {
    }
}
