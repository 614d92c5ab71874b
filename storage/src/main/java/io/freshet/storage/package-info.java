/**
 * Freshet's storage layer: one RocksDB instance holding keyed operator and view state, the catalog
 * and per-epoch metadata, committed atomically epoch by epoch.
 *
 * <p>{@link io.freshet.storage.StorageEngine} opens the store and hands out
 * {@link io.freshet.storage.StateTable} handles (keyed state with an in-memory write buffer per
 * epoch and merged range scans), {@link io.freshet.storage.EpochCommit}s (one atomic RocksDB write
 * per epoch: table writes, meta entries such as source offsets, catalog changes and the epoch
 * number), {@link io.freshet.storage.ReadSnapshot}s (consistent views of the committed state for
 * queries) and the {@link io.freshet.storage.CatalogStore}. Keys and values are opaque bytes;
 * {@link io.freshet.storage.keys} builds order-preserving keys. This package knows nothing about
 * SQL types or other Freshet modules.
 */
package io.freshet.storage;
