/**
 * Byte encodings of values: {@link io.freshet.executor.codec.ValueCodec} (compact, for row
 * values in state and persisted literals) and {@link io.freshet.executor.codec.RowCodec}
 * (a whole row with a null bitmap). Order-preserving key encodings are the storage module's
 * memcomparable format, written by {@link io.freshet.executor.codec.KeyCodec}.
 */
package io.freshet.executor.codec;
