package io.freshet.storage;

import io.freshet.storage.keys.KeyRange;
import java.util.Arrays;

/**
 * Layout of state rows in the state column family: a row of table {@code t} with key {@code k}
 * is stored under the 4-byte big-endian (unsigned) {@code t} followed by {@code k}. Callers of the
 * public API never see the prefix.
 */
final class RowKeys {
    /** Length of the table id prefix. */
    static final int PREFIX_LENGTH = Integer.BYTES;

    private RowKeys() {
    }

    /** The 4-byte prefix of every row of {@code tableId}. */
    static byte[] tablePrefix(int tableId) {
        byte[] prefix = new byte[PREFIX_LENGTH];
        writePrefix(tableId, prefix);
        return prefix;
    }

    /** The stored key of row {@code key} of {@code tableId}. */
    static byte[] rowKey(int tableId, byte[] key) {
        byte[] stored = new byte[PREFIX_LENGTH + key.length];
        writePrefix(tableId, stored);
        System.arraycopy(key, 0, stored, PREFIX_LENGTH, key.length);
        return stored;
    }

    /**
     * The first stored key after every row of {@code tableId}, or {@code null} for table
     * {@code 0xFFFFFFFF}, whose rows run to the end of the key space.
     */
    static byte[] tableEnd(int tableId) {
        return KeyRange.prefixEnd(tablePrefix(tableId));
    }

    /** Writes the prefix of {@code tableId} into the first 4 bytes of {@code target}. */
    static void writePrefix(int tableId, byte[] target) {
        target[0] = (byte) (tableId >>> 24);
        target[1] = (byte) (tableId >>> 16);
        target[2] = (byte) (tableId >>> 8);
        target[3] = (byte) tableId;
    }

    /** Whether the first {@code length} bytes of {@code stored} are a row of the table with {@code prefix}. */
    static boolean inTable(byte[] prefix, byte[] stored, int length) {
        return length >= PREFIX_LENGTH && Arrays.equals(prefix, 0, PREFIX_LENGTH, stored, 0, PREFIX_LENGTH);
    }
}
