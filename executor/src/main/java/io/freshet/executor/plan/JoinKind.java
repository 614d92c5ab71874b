package io.freshet.executor.plan;

/** Kind of a {@link JoinNode}. SEMI and ANTI output left rows only (IN / EXISTS / NOT EXISTS). */
public enum JoinKind {
    INNER,
    LEFT,
    RIGHT,
    FULL,
    /** Left rows with at least one match. */
    SEMI,
    /** Left rows with no match. */
    ANTI;

    /** Whether the output has the right side's fields. */
    public boolean projectsRight() {
        return this != SEMI && this != ANTI;
    }

    /** Whether unmatched left rows appear padded with NULLs. */
    public boolean padsLeft() {
        return this == LEFT || this == FULL;
    }

    /** Whether unmatched right rows appear padded with NULLs. */
    public boolean padsRight() {
        return this == RIGHT || this == FULL;
    }
}
