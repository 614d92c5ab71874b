package io.freshet.storage;

/**
 * Settings of a {@link StorageEngine}: memory budgets, write durability and compression.
 *
 * <p>Start from {@link #defaults()} and change fields with the {@code with...} methods.
 *
 * @param blockCacheBytes size of the LRU block cache shared by all column families (default
 *     256 MiB)
 * @param writeBufferBytes size of one memtable of the state column family (default 64 MiB)
 * @param syncWrites whether every epoch commit also fsyncs the write-ahead log (default false:
 *     commits are written to the WAL, which survives the JVM being killed but not a power loss;
 *     catalog writes and table drops are always synced)
 * @param lz4Compression whether SST files are compressed with LZ4 (default true)
 */
public record StorageOptions(long blockCacheBytes, long writeBufferBytes, boolean syncWrites, boolean lz4Compression) {
    /** Default block cache size: 256 MiB. */
    public static final long DEFAULT_BLOCK_CACHE_BYTES = 256L << 20;
    /** Default memtable size: 64 MiB. */
    public static final long DEFAULT_WRITE_BUFFER_BYTES = 64L << 20;

    /** Checks that the sizes are positive. */
    public StorageOptions {
        if (blockCacheBytes <= 0) {
            throw new IllegalArgumentException("blockCacheBytes must be positive: " + blockCacheBytes);
        }
        if (writeBufferBytes <= 0) {
            throw new IllegalArgumentException("writeBufferBytes must be positive: " + writeBufferBytes);
        }
    }

    /** 256 MiB block cache, 64 MiB memtables, WAL without fsync, LZ4. */
    public static StorageOptions defaults() {
        return new StorageOptions(DEFAULT_BLOCK_CACHE_BYTES, DEFAULT_WRITE_BUFFER_BYTES, false, true);
    }

    /** These options with another block cache size. */
    public StorageOptions withBlockCacheBytes(long bytes) {
        return new StorageOptions(bytes, writeBufferBytes, syncWrites, lz4Compression);
    }

    /** These options with another memtable size. */
    public StorageOptions withWriteBufferBytes(long bytes) {
        return new StorageOptions(blockCacheBytes, bytes, syncWrites, lz4Compression);
    }

    /** These options with epoch commits fsynced ({@code true}) or only written to the WAL. */
    public StorageOptions withSyncWrites(boolean sync) {
        return new StorageOptions(blockCacheBytes, writeBufferBytes, sync, lz4Compression);
    }

    /** These options with LZ4 compression on or off. */
    public StorageOptions withLz4Compression(boolean compress) {
        return new StorageOptions(blockCacheBytes, writeBufferBytes, syncWrites, compress);
    }
}
