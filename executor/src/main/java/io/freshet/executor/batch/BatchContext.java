package io.freshet.executor.batch;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import java.util.concurrent.atomic.AtomicBoolean;

/** What a running batch plan needs: evaluation context, relation reader, and a cancel flag. */
public final class BatchContext {
    private final EvalContext evalContext;
    private final RelationReader reader;
    private final AtomicBoolean canceled;

    public BatchContext(EvalContext evalContext, RelationReader reader, AtomicBoolean canceled) {
        this.evalContext = evalContext;
        this.reader = reader;
        this.canceled = canceled;
    }

    public EvalContext evalContext() {
        return evalContext;
    }

    public RelationReader reader() {
        return reader;
    }

    /** Throws 57014 if the query was canceled; operators call it between chunks. */
    public void checkCanceled() {
        if (canceled != null && canceled.get()) {
            throw new FreshetException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
    }
}
