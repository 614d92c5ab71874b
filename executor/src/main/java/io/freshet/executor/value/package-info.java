/**
 * Java classes for SQL values that have no natural JDK counterpart (intervals, byte strings,
 * arrays, structs, jsonb, numeric NaN and infinities), and the PostgreSQL ordering of values.
 */
package io.freshet.executor.value;
