/**
 * The planner: Freshet's catalog as Calcite sees it, validation and optimization with Calcite,
 * and the lowering of optimized {@code RelNode} trees into the executor's
 * {@link io.freshet.executor.plan plan nodes}: stream plans for materialized views (persisted
 * with the view), batch plans for queries and DML.
 *
 * <p>The executor never sees Calcite: {@link io.freshet.planner.RexLowering} turns
 * {@code RexNode}s into executor expressions and {@link io.freshet.planner.RelLowering} turns
 * each {@code RelNode} into a plan node, once, refusing what it cannot maintain with 0A000.
 */
package io.freshet.planner;
