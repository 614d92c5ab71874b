/**
 * Incremental operators: each consumes chunks of weighted changes and emits the changes of
 * its output, keeping what it must remember in state tables. Linear operators (filter,
 * project, union) keep no state; stateful ones (aggregate, join, top-N, materialize) write
 * their state through the storage module's {@code StateTable}s, whose buffered writes the
 * runtime commits atomically at the end of each epoch.
 *
 * <p>Within an epoch the runtime first delivers all input chunks (operators may emit at once
 * or collect), then calls {@link io.freshet.executor.stream.StreamOperator#onStepEnd()} on
 * every operator in topological order, so an operator that collects changes (an aggregate
 * emitting one update per changed group) emits them before its consumers end the epoch.
 */
package io.freshet.executor.stream;
