package io.freshet.storage;

import java.nio.file.Path;

/** Opens engines sized for tests (small caches and memtables). */
final class TestStores {
    static final StorageOptions OPTIONS = StorageOptions.defaults()
            .withBlockCacheBytes(8L << 20)
            .withWriteBufferBytes(4L << 20);

    private TestStores() {
    }

    static StorageEngine open(Path directory) {
        return StorageEngine.open(directory, OPTIONS);
    }
}
