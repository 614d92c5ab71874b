package io.freshet.server.pgwire;

import io.freshet.executor.error.FreshetException;
import java.util.List;

/**
 * A prepared query bound to parameter values and ready to run, possibly in several steps of
 * a limited number of rows (Execute with a row limit, which pgjdbc uses for
 * {@code setFetchSize}). Created by {@link Session#bind}.
 */
public interface Portal {

    /** Columns of the rows this portal returns, or {@code null} if it returns no rows. */
    List<ResultColumn> resultColumns();

    /**
     * Runs the portal until it is done or has sent {@code maxRows} rows into {@code sink}.
     * Called again after it returned {@code false} to continue where it stopped; never called
     * again after it returned {@code true}.
     *
     * @param maxRows the most rows to send in this call, or 0 for no limit
     * @return {@code true} if the portal is done (the client gets CommandComplete with
     *     {@link #commandTag()}), {@code false} if it stopped at the row limit with rows possibly
     *     left (the client gets PortalSuspended)
     * @throws FreshetException for an error meant for the client; rows sent before it stay sent
     */
    boolean execute(int maxRows, RowSink sink) throws FreshetException;

    /**
     * Command tag for CommandComplete once {@link #execute} returned {@code true}, as PostgreSQL
     * spells it: {@code SELECT 3}, {@code INSERT 0 1}, {@code UPDATE 2}, {@code CREATE TABLE},
     * {@code SET}, {@code BEGIN}...
     */
    String commandTag();

    /** Releases the portal: Close, the next unnamed Bind, the end of the transaction or connection. */
    void close();
}
