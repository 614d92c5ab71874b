package io.freshet.storage;

/**
 * Cursor over the rows of one table in key order (ascending or descending, as the scan that
 * opened it says), holding a native RocksDB iterator until closed.
 *
 * <p>Call {@link #next()} before the first row; {@link #key()} and {@link #value()} then describe
 * the current row until the next call. The returned arrays must not be modified. A cursor is used
 * by one thread and must be closed (try-with-resources); closing twice is harmless.
 */
public interface StateIterator extends AutoCloseable {
    /** Moves to the next row; returns {@code false}, leaving no current row, when there is none. */
    boolean next();

    /** The current row's key, without any table prefix. */
    byte[] key();

    /** The current row's value. */
    byte[] value();

    /** Releases the native iterator. */
    @Override
    void close();
}
