/**
 * One-shot operators for ad-hoc queries and DML: pull-based, each {@link
 * io.freshet.executor.batch.BatchOperator#next()} returns the next chunk of result rows (every
 * row with weight 1). They run over a committed snapshot and keep their working state in
 * memory. Built from a plan by {@link io.freshet.executor.batch.BatchPlanBuilder}.
 */
package io.freshet.executor.batch;
