package io.freshet.executor.runtime;

import io.freshet.executor.plan.PlanNode;

/**
 * A planned INSERT, UPDATE or DELETE on one table. The source plan yields:
 * <ul>
 *   <li>INSERT: new rows, in the table's column order, already cast to the column types
 *       (except VARCHAR lengths, which are checked when applied);</li>
 *   <li>DELETE: the rows to delete, followed by the row id when the table has no primary
 *       key;</li>
 *   <li>UPDATE: the old row (and row id) as for DELETE, followed by the new row.</li>
 * </ul>
 */
public final class DmlPlan {
    /** Kind of statement. */
    public enum Kind {
        INSERT,
        UPDATE,
        DELETE
    }

    private final Kind kind;
    private final long tableId;
    private final PlanNode source;

    public DmlPlan(Kind kind, long tableId, PlanNode source) {
        this.kind = kind;
        this.tableId = tableId;
        this.source = source;
    }

    public Kind kind() {
        return kind;
    }

    public long tableId() {
        return tableId;
    }

    public PlanNode source() {
        return source;
    }
}
