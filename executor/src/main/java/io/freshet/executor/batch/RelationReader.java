package io.freshet.executor.batch;

import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.plan.ScanNode;
import java.util.Iterator;

/**
 * Where a batch scan gets a stored relation's rows: the committed snapshot for a query, or
 * the live state (including this epoch's earlier writes) for a DML statement on the runtime's
 * thread. Rows come as arrays in the relation's column order (plus the row id last when the
 * scan asks for it), one array per copy of a duplicated row.
 */
public interface RelationReader {
    /** Rows of the relation in {@code scan}, within its range if it has one. */
    CloseableIterator<Object[]> scan(ScanNode scan, EvalContext ctx);

    /** Iterator over a resource that must be closed. */
    interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
        @Override
        void close();
    }
}
