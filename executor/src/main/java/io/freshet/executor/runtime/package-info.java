/**
 * The epoch runtime: one thread that owns the dataflow of every table and materialized view,
 * runs DML and DDL as tasks, and commits each epoch's state atomically.
 *
 * <p>An epoch (a "step") takes every task queued since the last one, runs them in order
 * (DML changes flow through the operators as they are applied), ends the step in every
 * operator in topological order, and writes all state tables' buffered writes and catalog
 * changes in one atomic storage write. Only then do the tasks' futures complete, so a session
 * that waited for its statement reads its effect in every view (read-your-writes). Queries
 * read the committed state through storage snapshots and never block the runtime.
 */
package io.freshet.executor.runtime;
