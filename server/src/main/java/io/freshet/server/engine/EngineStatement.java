package io.freshet.server.engine;

import io.freshet.executor.type.DataType;
import io.freshet.server.pgwire.Portal;
import io.freshet.server.pgwire.PreparedQuery;
import io.freshet.server.pgwire.ResultColumn;
import java.util.List;

/**
 * A prepared statement of a session: its parameter and result types, and how to bind it into a
 * portal. Whether it may run in a failed transaction block (only ROLLBACK and COMMIT may).
 */
final class EngineStatement implements PreparedQuery {
    /** Makes a portal from parameter values. */
    @FunctionalInterface
    interface Binder {
        Portal bind(Object[] parameters);
    }

    private final List<DataType> parameterTypes;
    private final List<ResultColumn> resultColumns;
    private final Binder binder;
    private final boolean endsTransaction;

    EngineStatement(List<DataType> parameterTypes, List<ResultColumn> resultColumns, Binder binder,
            boolean endsTransaction) {
        this.parameterTypes = parameterTypes;
        this.resultColumns = resultColumns;
        this.binder = binder;
        this.endsTransaction = endsTransaction;
    }

    /** A statement without parameters or result rows. */
    static EngineStatement command(Binder binder) {
        return new EngineStatement(List.of(), null, binder, false);
    }

    @Override
    public List<DataType> parameterTypes() {
        return parameterTypes;
    }

    @Override
    public List<ResultColumn> resultColumns() {
        return resultColumns;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    boolean endsTransaction() {
        return endsTransaction;
    }

    Portal bind(Object[] parameters) {
        return binder.bind(parameters);
    }
}
