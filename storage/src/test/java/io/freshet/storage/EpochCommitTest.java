package io.freshet.storage;

import static io.freshet.storage.Rows.b;
import static io.freshet.storage.Rows.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Epoch commits are atomic, ordered and durable; snapshots see whole epochs only. */
class EpochCommitTest {
    private static final int TABLES = 20;
    private static final int ROWS_PER_TABLE = 50;

    @TempDir
    Path directory;

    private StorageEngine engine;

    @BeforeEach
    void open() {
        engine = TestStores.open(directory);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aSnapshotSeesAllOfACommitOrNoneOfIt() {
        List<StateTable> tables = new ArrayList<>();
        for (int t = 0; t < TABLES; t++) {
            StateTable table = engine.stateTable(100 + t);
            for (int r = 0; r < ROWS_PER_TABLE; r++) {
                table.put(b("row" + r), b("epoch1"));
            }
            tables.add(table);
        }
        EpochCommit commit = engine.beginCommit(1);
        tables.forEach(commit::add);
        commit.putMeta(b("offset/source"), b("1"));

        try (ReadSnapshot before = engine.snapshot()) {
            commit.write();
            try (ReadSnapshot after = engine.snapshot()) {
                assertThat(before.epoch()).isZero();
                assertThat(after.epoch()).isEqualTo(1);
                assertThat(before.getMeta(b("offset/source"))).isNull();
                assertThat(s(after.getMeta(b("offset/source")))).isEqualTo("1");
                for (int t = 0; t < TABLES; t++) {
                    assertThat(Rows.of(before.scan(100 + t, null, null))).isEmpty();
                    assertThat(Rows.of(after.scan(100 + t, null, null))).hasSize(ROWS_PER_TABLE);
                    assertThat(before.get(100 + t, b("row0"))).isNull();
                    assertThat(s(after.get(100 + t, b("row0")))).isEqualTo("epoch1");
                }
            }
        }
        assertThat(engine.lastCommittedEpoch()).isEqualTo(1);
        assertThat(commit.isWritten()).isTrue();
        assertThat(tables).allSatisfy(table -> assertThat(table.bufferedBytes()).isZero());
    }

    @Test
    void concurrentSnapshotsNeverSeeAPartialEpoch() throws Exception {
        List<StateTable> tables = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            tables.add(engine.stateTable(t));
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger snapshotsChecked = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread reader = new Thread(() -> {
                try {
                    while (!done.get()) {
                        try (ReadSnapshot snapshot = engine.snapshot()) {
                            long epoch = snapshot.epoch();
                            byte[] offset = snapshot.getMeta(b("offset"));
                            assertThat(offset == null ? 0 : ByteBuffer.wrap(offset).getLong()).isEqualTo(epoch);
                            for (int t = 0; t < 8; t++) {
                                int rows = Rows.of(snapshot.scan(t, null, null)).size();
                                assertThat(rows).as("table %d at epoch %d", t, epoch).isEqualTo((int) epoch * 10);
                            }
                        }
                        snapshotsChecked.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            reader.start();
            readers.add(reader);
        }
        for (long epoch = 1; epoch <= 60; epoch++) {
            EpochCommit commit = engine.beginCommit(epoch);
            for (StateTable table : tables) {
                for (int r = 0; r < 10; r++) {
                    table.put(b(String.format("%05d", epoch * 10 + r)), b("x"));
                }
                commit.add(table);
            }
            commit.putMeta(b("offset"), ByteBuffer.allocate(8).putLong(epoch).array());
            commit.write();
        }
        done.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(failure.get()).isNull();
        assertThat(snapshotsChecked.get()).isPositive();
    }

    @Test
    void epochMetaAndCatalogChangesSurviveReopen() {
        StateTable table = engine.stateTable(1);
        table.put(b("k"), b("v"));
        engine.beginCommit(5).add(table)
                .putMeta(b("offsets/a/0"), b("17"))
                .putMeta(b("offsets/a/1"), b("18"))
                .putMeta(b("offsets/b/0"), b("5"))
                .putMeta(b("gone"), b("x"))
                .putCatalog(3, b("view v3"))
                .write();
        engine.beginCommit(9).deleteMeta(b("gone")).deleteCatalog(3).putCatalog(4, b("view v4")).write();

        engine.close();
        engine = TestStores.open(directory);
        assertThat(engine.lastCommittedEpoch()).isEqualTo(9);
        assertThat(s(engine.stateTable(1).get(b("k")))).isEqualTo("v");
        assertThat(s(engine.getMeta(b("offsets/a/1")))).isEqualTo("18");
        assertThat(engine.getMeta(b("gone"))).isNull();
        assertThat(engine.metaWithPrefix(b("offsets/a/")).entrySet())
                .extracting(e -> s(e.getKey()) + "=" + s(e.getValue()))
                .containsExactly("offsets/a/0=17", "offsets/a/1=18");
        assertThat(engine.metaWithPrefix(new byte[0])).hasSize(3);
        assertThat(engine.catalog().loadAll()).containsOnlyKeys(4L);
        try (ReadSnapshot snapshot = engine.snapshot()) {
            assertThat(snapshot.epoch()).isEqualTo(9);
            assertThat(snapshot.metaWithPrefix(b("offsets/b"))).hasSize(1);
            assertThat(snapshot.catalogEntries()).containsOnlyKeys(4L);
        }
    }

    @Test
    void aFreshStoreHasEpochZeroAndCommitsMustMoveForward() {
        assertThat(engine.lastCommittedEpoch()).isZero();
        EpochCommit three = engine.beginCommit(3);
        EpochCommit two = engine.beginCommit(2);
        three.write();
        assertThatThrownBy(two::write).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(three::write).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> engine.beginCommit(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> three.add(engine.stateTable(1))).isInstanceOf(IllegalStateException.class);
        assertThat(engine.lastCommittedEpoch()).isEqualTo(3);
    }

    @Test
    void aLaterCommitCannotOvertakeAnEarlierOneHoldingTheSameTable() {
        StateTable table = engine.stateTable(1);
        table.put(b("a"), b("1"));
        EpochCommit first = engine.beginCommit(1).add(table);
        table.put(b("a"), b("2"));
        EpochCommit second = engine.beginCommit(2).add(table);
        assertThatThrownBy(second::write).isInstanceOf(IllegalStateException.class);
        first.write();
        second.write();
        assertThat(s(engine.stateTable(1).get(b("a")))).isEqualTo("2");
    }

    @Test
    void aHandleFromAnotherEngineIsRejected(@TempDir Path otherDirectory) {
        try (StorageEngine other = TestStores.open(otherDirectory)) {
            StateTable foreign = other.stateTable(1);
            foreign.put(b("a"), b("1"));
            assertThatThrownBy(() -> engine.beginCommit(1).add(foreign)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void dropTableRemovesOnlyThatTableDurably() {
        StateTable kept = engine.stateTable(1);
        StateTable dropped = engine.stateTable(2);
        StateTable alsoKept = engine.stateTable(3);
        for (StateTable table : List.of(kept, dropped, alsoKept)) {
            table.put(b(""), b("first"));
            table.put(b("\u00ff\u00ff\u00ff\u00ff"), b("last"));
        }
        engine.beginCommit(1).add(kept).add(dropped).add(alsoKept).write();
        engine.dropTable(2);
        engine.close();
        engine = TestStores.open(directory);
        assertThat(Rows.of(engine.stateTable(2).scan(null, null))).isEmpty();
        assertThat(Rows.of(engine.stateTable(1).scan(null, null))).hasSize(2);
        assertThat(Rows.of(engine.stateTable(3).scanReverse(null, null))).hasSize(2);
    }

    @Test
    void aCheckpointOpensWithTheCommittedState() {
        StateTable table = engine.stateTable(1);
        table.put(b("a"), b("1"));
        engine.beginCommit(4).add(table).putCatalog(1, b("c")).write();
        Path copy = directory.resolveSibling(directory.getFileName() + "-checkpoint");
        engine.checkpoint(copy);
        try (StorageEngine restored = TestStores.open(copy)) {
            assertThat(restored.lastCommittedEpoch()).isEqualTo(4);
            assertThat(s(restored.stateTable(1).get(b("a")))).isEqualTo("1");
            assertThat(restored.catalog().loadAll()).containsOnlyKeys(1L);
        }
    }

    @Test
    void closingTheEngineClosesOpenIteratorsAndSnapshotsAndRejectsFurtherUse() {
        StateTable table = engine.stateTable(1);
        table.put(b("a"), b("1"));
        engine.beginCommit(1).add(table).write();
        StateIterator rows = table.scan(null, null);
        ReadSnapshot snapshot = engine.snapshot();
        StateIterator snapshotRows = snapshot.scan(1, null, null);
        engine.close();
        assertThatThrownBy(rows::next).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(snapshotRows::next).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> snapshot.get(1, b("a"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> table.get(b("a"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> engine.stateTable(1)).isInstanceOf(IllegalStateException.class);
        rows.close();
        snapshot.close();
        engine.close();
    }
}
