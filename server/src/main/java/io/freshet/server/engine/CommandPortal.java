package io.freshet.server.engine;

import io.freshet.server.pgwire.Portal;
import io.freshet.server.pgwire.ResultColumn;
import io.freshet.server.pgwire.RowSink;
import java.util.List;
import java.util.function.Supplier;

/** Portal of a statement that returns no rows: runs its action once and reports its tag. */
final class CommandPortal implements Portal {
    private final Supplier<String> action;
    private String tag;

    /** @param action runs the statement and returns its command tag */
    CommandPortal(Supplier<String> action) {
        this.action = action;
    }

    @Override
    public List<ResultColumn> resultColumns() {
        return null;
    }

    @Override
    public boolean execute(int maxRows, RowSink sink) {
        if (tag == null) {
            tag = action.get();
        }
        return true;
    }

    @Override
    public String commandTag() {
        return tag;
    }

    @Override
    public void close() {
    }
}
