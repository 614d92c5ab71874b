/**
 * The plan model: trees of {@link io.freshet.executor.plan.PlanNode operator specs} that the
 * planner produces from Calcite's optimized plans and the executor instantiates, either as
 * incremental stream operators (a materialized view's dataflow, persisted as JSON with the
 * view and re-instantiated on restart) or as one-shot batch operators (an ad-hoc query).
 *
 * <p>Nodes refer to their input's fields by position. Stateful nodes carry the ids of the state
 * tables they own; the planner leaves them 0 and the catalog assigns them when a view is
 * created (see {@link io.freshet.executor.plan.StateTableAssigner}).
 */
package io.freshet.executor.plan;
