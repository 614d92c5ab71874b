package io.freshet.storage;

/**
 * Unchecked failure of the storage engine: RocksDB reported an error (I/O, corruption, a full
 * disk) or a file-system operation around it failed. The operation that threw had no effect unless
 * its documentation says otherwise.
 */
public class StorageException extends RuntimeException {
    /** A failure described by {@code message}, caused by {@code cause}. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
