package io.freshet.executor.expr.function;

import io.freshet.executor.expr.EvalContext;

/** A resolved function: the implementation for one call's types, with its NULL behaviour. */
public final class ScalarFunction {
    private final String name;
    private final ScalarImpl impl;
    private final boolean strict;
    private final boolean deterministic;

    public ScalarFunction(String name, ScalarImpl impl, boolean strict, boolean deterministic) {
        this.name = name;
        this.impl = impl;
        this.strict = strict;
        this.deterministic = deterministic;
    }

    public String name() {
        return name;
    }

    /** Whether a NULL argument makes the result NULL without calling the implementation. */
    public boolean isStrict() {
        return strict;
    }

    public boolean isDeterministic() {
        return deterministic;
    }

    /** Calls the implementation (for a strict function, the caller has checked for NULLs). */
    public Object apply(Object[] args, EvalContext ctx) {
        return impl.apply(args, ctx);
    }
}
