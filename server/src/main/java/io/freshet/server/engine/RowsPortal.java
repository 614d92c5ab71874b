package io.freshet.server.engine;

import io.freshet.server.pgwire.Portal;
import io.freshet.server.pgwire.ResultColumn;
import io.freshet.server.pgwire.RowSink;
import java.util.List;

/** Portal over rows already computed (SHOW, EXPLAIN, SHOW TABLES), with a fixed command tag. */
final class RowsPortal implements Portal {
    private final List<ResultColumn> columns;
    private final List<Object[]> rows;
    private final String tag;
    private int position;

    RowsPortal(List<ResultColumn> columns, List<Object[]> rows, String tag) {
        this.columns = columns;
        this.rows = rows;
        this.tag = tag;
    }

    @Override
    public List<ResultColumn> resultColumns() {
        return columns;
    }

    @Override
    public boolean execute(int maxRows, RowSink sink) {
        int n = 0;
        while (position < rows.size() && (maxRows == 0 || n < maxRows)) {
            sink.accept(rows.get(position++));
            n++;
        }
        return position >= rows.size();
    }

    @Override
    public String commandTag() {
        return tag == null ? "SELECT " + rows.size() : tag;
    }

    @Override
    public void close() {
    }
}
