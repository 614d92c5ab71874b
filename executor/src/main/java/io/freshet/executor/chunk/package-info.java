/**
 * Columnar batches of weighted rows ({@link io.freshet.executor.chunk.Chunk}), the unit of data
 * that flows between operators, and row views over them.
 *
 * <p>A chunk is a Z-set fragment: each row has a weight, +1 for an insert and -1 for a delete;
 * an update is a delete of the old row and an insert of the new one. Weights other than ±1
 * mean that many copies.
 */
package io.freshet.executor.chunk;
