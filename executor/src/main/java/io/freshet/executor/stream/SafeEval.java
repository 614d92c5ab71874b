package io.freshet.executor.stream;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkRow;
import io.freshet.executor.chunk.Column;
import io.freshet.executor.chunk.ObjectColumn;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.expr.Expr;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates expressions inside a dataflow, where one bad row must not stop every view: an
 * evaluation error (division by zero, overflow, bad cast) gives NULL for that row, is counted,
 * and is logged (the first few in full, then every thousandth).
 */
public final class SafeEval {
    private static final Logger LOG = LoggerFactory.getLogger(SafeEval.class);
    private static final AtomicLong ERRORS = new AtomicLong();

    private SafeEval() {
    }

    /** Errors turned into NULL since the process started. */
    public static long errorCount() {
        return ERRORS.get();
    }

    /** The expression's values over a chunk; a row whose evaluation fails gets NULL. */
    public static Column column(Expr e, Chunk chunk) {
        try {
            return e.evalColumn(chunk, EvalContext.UTC);
        } catch (FreshetException first) {
            Object[] out = new Object[chunk.size()];
            ChunkRow row = chunk.rowView();
            for (int i = 0; i < out.length; i++) {
                out[i] = value(e, row.at(i));
            }
            return new ObjectColumn(out, out.length);
        }
    }

    /** The expression's value for one row, or NULL if evaluation fails. */
    public static Object value(Expr e, RowView row) {
        try {
            return e.eval(row, EvalContext.UTC);
        } catch (FreshetException err) {
            long n = ERRORS.incrementAndGet();
            if (n <= 10 || n % 1000 == 0) {
                LOG.warn("expression {} failed in a dataflow ({} such errors so far); using NULL: {}", e, n,
                        err.getMessage());
            }
            return null;
        }
    }
}
