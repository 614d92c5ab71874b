package io.freshet.server.pgwire;

import java.util.List;

/**
 * A portal as the connection keeps it: the engine's {@link Portal} (none for an empty
 * statement), the statement it was bound from, how its rows are encoded, and whether it has
 * run to completion.
 */
final class BoundPortal {
    private final String name;
    private final ParsedStatement statement;
    private final Portal portal;
    private final List<ResultColumn> columns;
    private final RowEncoder encoder;
    private boolean done;

    BoundPortal(String name, ParsedStatement statement, Portal portal, List<ResultColumn> columns, RowEncoder encoder) {
        this.name = name;
        this.statement = statement;
        this.portal = portal;
        this.columns = columns;
        this.encoder = encoder;
    }

    String name() {
        return name;
    }

    /** The statement it was bound from. */
    ParsedStatement statement() {
        return statement;
    }

    /** The engine's portal, or null for an empty statement. */
    Portal portal() {
        return portal;
    }

    /** Result columns, or null if it returns no rows. */
    List<ResultColumn> columns() {
        return columns;
    }

    /** Encoder of its rows, or null if it returns no rows. */
    RowEncoder encoder() {
        return encoder;
    }

    boolean isEmptyStatement() {
        return portal == null;
    }

    boolean isDone() {
        return done;
    }

    void markDone() {
        done = true;
    }

    /** Closes the engine's portal. */
    void close() {
        if (portal != null) {
            portal.close();
        }
    }
}
