package io.freshet.server.engine;

import io.freshet.executor.batch.BatchContext;
import io.freshet.executor.batch.BatchOperator;
import io.freshet.executor.batch.BatchPlanBuilder;
import io.freshet.executor.catalog.CatalogSnapshot;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.runtime.StreamRuntime;
import io.freshet.server.pgwire.Portal;
import io.freshet.server.pgwire.ResultColumn;
import io.freshet.server.pgwire.RowSink;
import io.freshet.storage.ReadSnapshot;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Portal of a query: runs its batch plan over a snapshot of the last committed epoch, pulling
 * chunks as the client takes rows, so a suspended portal (Execute with a row limit) holds its
 * place and its snapshot until it is run again or closed.
 */
final class QueryPortal implements Portal {
    private final StreamRuntime runtime;
    private final CatalogSnapshot catalog;
    private final PlanNode plan;
    private final List<ResultColumn> columns;
    private final EvalContext ctx;
    private final AtomicBoolean canceled;
    private ReadSnapshot snapshot;
    private BatchOperator root;
    private Chunk current;
    private int position;
    private long sent;
    private boolean done;

    QueryPortal(StreamRuntime runtime, CatalogSnapshot catalog, PlanNode plan, List<ResultColumn> columns,
            EvalContext ctx, AtomicBoolean canceled) {
        this.runtime = runtime;
        this.catalog = catalog;
        this.plan = plan;
        this.columns = columns;
        this.ctx = ctx;
        this.canceled = canceled;
    }

    @Override
    public List<ResultColumn> resultColumns() {
        return columns;
    }

    @Override
    public boolean execute(int maxRows, RowSink sink) {
        if (root == null) {
            snapshot = runtime.snapshot();
            root = BatchPlanBuilder.build(plan, new BatchContext(ctx, runtime.snapshotReader(catalog, snapshot), canceled));
        }
        int n = 0;
        try {
            while (maxRows == 0 || n < maxRows) {
                if (current == null || position >= current.size()) {
                    current = root.next();
                    position = 0;
                    if (current == null) {
                        done = true;
                        close();
                        return true;
                    }
                }
                sink.accept(current.row(position++));
                sent++;
                n++;
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        // at the limit: done only if nothing is left
        if (current != null && position < current.size()) {
            return false;
        }
        current = root.next();
        position = 0;
        if (current == null) {
            done = true;
            close();
            return true;
        }
        return false;
    }

    @Override
    public String commandTag() {
        return "SELECT " + sent;
    }

    boolean isDone() {
        return done;
    }

    @Override
    public void close() {
        if (root != null) {
            root.close();
        }
        if (snapshot != null) {
            snapshot.close();
            snapshot = null;
        }
    }
}
