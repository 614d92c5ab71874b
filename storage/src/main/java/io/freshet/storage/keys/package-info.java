/**
 * Memcomparable key encoding: typed, nullable values with a per-field sort order, written into
 * byte strings whose unsigned lexicographic order equals the order of the values.
 *
 * <p>{@link io.freshet.storage.keys.KeyWriter} encodes a tuple field by field, each with its own
 * {@link io.freshet.storage.keys.SortOrder}, and documents the byte layout;
 * {@link io.freshet.storage.keys.KeyReader} decodes it with the matching calls;
 * {@link io.freshet.storage.keys.KeyRange} describes key intervals, including the interval of all
 * keys that share a prefix. The encoding knows nothing about SQL types: callers map their values
 * onto the field writers.
 */
package io.freshet.storage.keys;
