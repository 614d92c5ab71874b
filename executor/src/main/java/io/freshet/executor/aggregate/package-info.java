/**
 * Aggregate functions shared by batch and stream execution.
 *
 * <p>An {@link io.freshet.executor.aggregate.AggregateFunction} keeps a few state values per
 * group. A retractable one (COUNT, SUM, AVG, BOOL_AND/OR, ...) accepts negative weights, so a
 * streaming aggregate updates it in place on deletes. A non-retractable one (MIN, MAX,
 * STRING_AGG, ARRAY_AGG) is recomputed in a stream from the group's input values, which the
 * operator keeps sorted in a state table, in {@link io.freshet.executor.aggregate.AggregateFunction#inputOrder()}.
 *
 * <p>Sums of floating-point values are accumulated exactly (as decimals, with NaN and the
 * infinities counted aside), so that retracting a value restores the previous sum bit for bit
 * and a view always equals the same query run in batch.
 */
package io.freshet.executor.aggregate;
