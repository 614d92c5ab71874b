package io.freshet.storage;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registry of native-backed objects (iterators, snapshots) that are still open, so that closing
 * their owner (the engine or a snapshot) first closes them instead of leaving dangling native
 * pointers.
 */
final class OpenResources {
    private static final Logger LOG = LoggerFactory.getLogger(OpenResources.class);

    private final Set<AutoCloseable> open = ConcurrentHashMap.newKeySet();

    void register(AutoCloseable resource) {
        open.add(resource);
    }

    void unregister(AutoCloseable resource) {
        open.remove(resource);
    }

    /** Closes every registered resource; a failure is logged and does not stop the others. */
    void closeAll() {
        for (AutoCloseable resource : new ArrayList<>(open)) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Failed to close {}", resource, e);
            }
        }
        open.clear();
    }
}
