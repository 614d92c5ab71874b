/**
 * Scalar expressions with PostgreSQL semantics, evaluated over a
 * {@link io.freshet.executor.chunk.RowView row} or a whole
 * {@link io.freshet.executor.chunk.Chunk chunk}.
 *
 * <p>An expression tree is both the plan (it serializes to JSON with the view's plan) and the
 * evaluator: a {@link io.freshet.executor.expr.Call} resolves its function implementation from
 * the {@link io.freshet.executor.expr.function.FunctionRegistry} when it is built. Functions are
 * strict unless registered otherwise (a NULL argument gives NULL without calling them);
 * {@link io.freshet.executor.expr.And}, {@link io.freshet.executor.expr.Or},
 * {@link io.freshet.executor.expr.Case} and {@link io.freshet.executor.expr.Coalesce} are
 * special forms because they do not evaluate every argument.
 */
package io.freshet.executor.expr;
