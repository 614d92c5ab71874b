package io.freshet.server.pgwire;

/**
 * Receiver of a portal's result rows: the wire protocol encodes each row into a DataRow as it
 * arrives and streams it to the client, waiting while the client reads too slowly, so a huge
 * result is never held in memory.
 */
@FunctionalInterface
public interface RowSink {

    /**
     * Sends one row.
     *
     * @param row one executor value per {@link Portal#resultColumns() result column}, in
     *     order, {@code null} for SQL NULL; the array is encoded before this returns and not
     *     kept, so the caller may reuse it
     * @throws RuntimeException if the client has gone away (the statement should stop: let the
     *     exception propagate) or a value cannot be encoded
     */
    void accept(Object[] row);
}
