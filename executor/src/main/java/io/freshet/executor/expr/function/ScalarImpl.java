package io.freshet.executor.expr.function;

import io.freshet.executor.expr.EvalContext;

/**
 * Implementation of a scalar function for fixed argument types. For a strict function the
 * arguments are never null.
 */
@FunctionalInterface
public interface ScalarImpl {
    Object apply(Object[] args, EvalContext ctx);
}
