/**
 * Freshet's execution layer: values and {@link io.freshet.executor.chunk.Chunk chunks} of
 * weighted rows, expressions with PostgreSQL semantics, the incremental (stream) and one-shot
 * (batch) operators, the epoch runtime, connectors, and the plan model the planner targets.
 *
 * <p>This module never depends on Calcite: the planner lowers Calcite's plans into
 * {@link io.freshet.executor.plan plan nodes} and {@link io.freshet.executor.expr expressions}
 * defined here.
 */
package io.freshet.executor;
