package io.freshet.storage;

import io.freshet.storage.keys.KeyRange;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Layout of the meta column family: one namespace byte, then the key. Namespace {@code 'u'} holds
 * the callers' meta entries (source offsets and the like), {@code 'c'} the catalog entries under
 * their 8-byte id, {@code 's'} the engine's own bookkeeping (last committed epoch, next catalog id).
 */
final class MetaKeys {
    private static final byte USER = 'u';
    private static final byte CATALOG = 'c';
    private static final byte SYSTEM = 's';

    /** Key of the last committed epoch number (8 bytes big-endian). */
    static final byte[] LAST_EPOCH = systemKey("last_committed_epoch");
    /** Key of the next catalog id to hand out (8 bytes big-endian). */
    static final byte[] NEXT_CATALOG_ID = systemKey("next_catalog_id");
    /** First key of the catalog namespace. */
    static final byte[] CATALOG_START = {CATALOG};
    /** First key after the catalog namespace. */
    static final byte[] CATALOG_END = {CATALOG + 1};

    private MetaKeys() {
    }

    /** The stored key of the caller's meta key {@code key}. */
    static byte[] userKey(byte[] key) {
        return namespaced(USER, key);
    }

    /** The stored key range of the caller's meta keys starting with {@code prefix}. */
    static KeyRange userPrefixRange(byte[] prefix) {
        byte[] start = userKey(prefix);
        return KeyRange.of(start, KeyRange.prefixEnd(start));
    }

    /** The caller's meta key of the stored key {@code stored}. */
    static byte[] userKeyOf(byte[] stored) {
        return Arrays.copyOfRange(stored, 1, stored.length);
    }

    /** The stored key of catalog entry {@code id}; ids sort numerically. */
    static byte[] catalogKey(long id) {
        return namespaced(CATALOG, LongBytes.encode(id ^ Long.MIN_VALUE));
    }

    /** The catalog id of the stored key {@code stored}. */
    static long catalogIdOf(byte[] stored) {
        return LongBytes.decode(stored, 1) ^ Long.MIN_VALUE;
    }

    private static byte[] systemKey(String name) {
        return namespaced(SYSTEM, name.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] namespaced(byte namespace, byte[] key) {
        byte[] stored = new byte[1 + key.length];
        stored[0] = namespace;
        System.arraycopy(key, 0, stored, 1, key.length);
        return stored;
    }
}
