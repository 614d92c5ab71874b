package io.freshet.storage;

import static io.freshet.storage.Rows.b;
import static io.freshet.storage.Rows.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalog entries and id allocation persist across restarts. */
class CatalogStoreTest {
    @TempDir
    Path directory;

    @Test
    void entriesPersistAcrossReopen() {
        try (StorageEngine engine = TestStores.open(directory)) {
            CatalogStore catalog = engine.catalog();
            assertThat(catalog.loadAll()).isEmpty();
            catalog.put(2, b("table t"));
            catalog.put(1, b("source s"));
            catalog.put(3, b("view v"));
            catalog.put(2, b("table t, altered"));
            catalog.delete(3);
            catalog.put(-5, b("negative ids sort first"));
        }
        try (StorageEngine engine = TestStores.open(directory)) {
            assertThat(engine.catalog().loadAll().keySet()).containsExactly(-5L, 1L, 2L);
            assertThat(s(engine.catalog().get(2))).isEqualTo("table t, altered");
            assertThat(engine.catalog().get(3)).isNull();
            assertThat(engine.lastCommittedEpoch()).isZero();
            assertThat(engine.metaWithPrefix(new byte[0])).isEmpty();
        }
    }

    @Test
    void allocatedIdsIncreaseAndAreNeverReusedAfterReopen() {
        List<Long> ids = new ArrayList<>();
        try (StorageEngine engine = TestStores.open(directory)) {
            for (int i = 0; i < 3; i++) {
                ids.add(engine.catalog().allocateId());
            }
        }
        try (StorageEngine engine = TestStores.open(directory)) {
            ids.add(engine.catalog().allocateId());
            engine.catalog().put(100, b("entry written with an explicit id"));
        }
        try (StorageEngine engine = TestStores.open(directory)) {
            ids.add(engine.catalog().allocateId());
        }
        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 101L);
    }

    @Test
    void catalogChangesInAnEpochCommitLandWithTheState() {
        try (StorageEngine engine = TestStores.open(directory)) {
            long id = engine.catalog().allocateId();
            StateTable table = engine.stateTable(7);
            table.put(b("k"), b("v"));
            EpochCommit commit = engine.beginCommit(1).add(table).putCatalog(id, b("view over table 7"));
            assertThat(engine.catalog().loadAll()).isEmpty();
            commit.write();
            assertThat(engine.catalog().loadAll()).containsOnlyKeys(id);
        }
    }
}
