/**
 * The scalar function library with PostgreSQL semantics, and the
 * {@link io.freshet.executor.expr.function.FunctionRegistry} that resolves a call by name and
 * argument types. Each {@code *Functions} class registers one family of functions.
 */
package io.freshet.executor.expr.function;
