package io.freshet.storage;

import static io.freshet.storage.Rows.b;
import static io.freshet.storage.Rows.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.storage.keys.KeyRange;
import io.freshet.storage.keys.KeyWriter;
import io.freshet.storage.keys.SortOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads of a state table merge its write buffers over committed rows, within table boundaries. */
class StateTableTest {
    @TempDir
    Path directory;

    private StorageEngine engine;
    private long epoch;

    @BeforeEach
    void open() {
        engine = TestStores.open(directory);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void getSeesBufferedWritesBeforeCommittedRows() {
        StateTable table = engine.stateTable(1);
        table.put(b("a"), b("1"));
        table.put(b("b"), b("1"));
        commit(table);

        table.put(b("a"), b("2"));
        table.delete(b("b"));
        assertThat(s(table.get(b("a")))).isEqualTo("2");
        assertThat(table.get(b("b"))).isNull();
        assertThat(table.get(b("missing"))).isNull();

        StateTable otherHandle = engine.stateTable(1);
        assertThat(s(otherHandle.get(b("a")))).isEqualTo("1");
        assertThat(s(otherHandle.get(b("b")))).isEqualTo("1");

        commit(table);
        assertThat(s(otherHandle.get(b("a")))).isEqualTo("2");
        assertThat(otherHandle.get(b("b"))).isNull();
    }

    @Test
    void scansMergeBufferOverCommittedRowsInBothDirectionsAndWithinBounds() {
        StateTable table = engine.stateTable(7);
        for (String key : List.of("a", "b", "c", "d", "e")) {
            table.put(b(key), b(key.toUpperCase()));
        }
        commit(table);
        table.put(b("b"), b("new"));
        table.delete(b("c"));
        table.put(b("f"), b("F"));
        table.put(b("aa"), b("AA"));
        table.delete(b("zz"));

        assertThat(Rows.of(table.scan(null, null))).containsExactly("a=A", "aa=AA", "b=new", "d=D", "e=E", "f=F");
        assertThat(Rows.of(table.scanReverse(null, null))).containsExactly("f=F", "e=E", "d=D", "b=new", "aa=AA", "a=A");
        assertThat(Rows.of(table.scan(b("aa"), b("e")))).containsExactly("aa=AA", "b=new", "d=D");
        assertThat(Rows.of(table.scanReverse(b("aa"), b("e")))).containsExactly("d=D", "b=new", "aa=AA");
        assertThat(Rows.of(table.scan(b("b"), null))).containsExactly("b=new", "d=D", "e=E", "f=F");
        assertThat(Rows.of(table.scanReverse(null, b("b")))).containsExactly("aa=AA", "a=A");
        assertThat(Rows.of(table.scanPrefix(b("a")))).containsExactly("a=A", "aa=AA");
        assertThat(Rows.of(table.scanPrefixReverse(b("a")))).containsExactly("aa=AA", "a=A");
        assertThat(Rows.of(table.scan(KeyRange.withPrefix(b("c"))))).isEmpty();
        assertThat(Rows.of(table.scan(b("e"), b("b")))).isEmpty();
        assertThat(Rows.of(table.scan(b("c"), b("c")))).isEmpty();
    }

    @Test
    void deleteRangeHidesCommittedRowsDropsEarlierBufferedWritesAndKeepsLaterPuts() {
        StateTable table = engine.stateTable(3);
        for (String key : List.of("a", "b", "c", "d", "e")) {
            table.put(b(key), b(key));
        }
        commit(table);

        table.put(b("bz"), b("dropped"));
        table.deleteRange(b("b"), b("d"));
        table.put(b("c"), b("again"));
        assertThat(table.get(b("b"))).isNull();
        assertThat(table.get(b("bz"))).isNull();
        assertThat(s(table.get(b("c")))).isEqualTo("again");
        assertThat(Rows.of(table.scan(null, null))).containsExactly("a=a", "c=again", "d=d", "e=e");
        assertThat(Rows.of(table.scanReverse(null, null))).containsExactly("e=e", "d=d", "c=again", "a=a");

        commit(table);
        assertThat(Rows.of(engine.stateTable(3).scan(null, null))).containsExactly("a=a", "c=again", "d=d", "e=e");
        engine.close();
        engine = TestStores.open(directory);
        assertThat(Rows.of(engine.stateTable(3).scan(null, null))).containsExactly("a=a", "c=again", "d=d", "e=e");
    }

    @Test
    void unboundedDeleteRangeClearsTheWholeTableOnly() {
        StateTable table = engine.stateTable(5);
        StateTable neighbour = engine.stateTable(6);
        table.put(b("x"), b("1"));
        neighbour.put(b(""), b("kept"));
        commit(table, neighbour);

        table.deleteRange(null, null);
        table.put(b("y"), b("2"));
        assertThat(Rows.of(table.scan(null, null))).containsExactly("y=2");
        commit(table);
        assertThat(Rows.of(engine.stateTable(5).scan(null, null))).containsExactly("y=2");
        assertThat(Rows.of(engine.stateTable(6).scan(null, null))).containsExactly("=kept");
    }

    @Test
    void scansOfEmptyTablesReturnNothing() {
        StateTable table = engine.stateTable(42);
        assertThat(Rows.of(table.scan(null, null))).isEmpty();
        assertThat(Rows.of(table.scanReverse(null, null))).isEmpty();
        assertThat(Rows.of(table.scanPrefix(b("a")))).isEmpty();
        assertThat(Rows.of(table.scanPrefixReverse(new byte[0]))).isEmpty();
        try (StateIterator rows = table.scan(null, null)) {
            assertThat(rows.next()).isFalse();
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void rowsNeverLeakAcrossTableBoundaries() {
        int[] tableIds = {0, 1, 2, 0x7FFFFFFF, Integer.MIN_VALUE, 0xFFFFFFFE, 0xFFFFFFFF};
        byte[][] keys = {new byte[0], {0}, {(byte) 0xFF}, {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1}};
        List<StateTable> tables = new ArrayList<>();
        for (int tableId : tableIds) {
            StateTable table = engine.stateTable(tableId);
            for (byte[] key : keys) {
                table.put(key, b(Integer.toHexString(tableId)));
            }
            tables.add(table);
        }
        commit(tables.toArray(new StateTable[0]));

        for (int tableId : tableIds) {
            String value = Integer.toHexString(tableId);
            StateTable table = engine.stateTable(tableId);
            assertOnlyOwnRows(Rows.of(table.scan(null, null)), value, 4);
            assertOnlyOwnRows(Rows.of(table.scanReverse(null, null)), value, 4);
            assertOnlyOwnRows(Rows.of(table.scanPrefix(new byte[0])), value, 4);
            assertOnlyOwnRows(Rows.of(table.scanPrefixReverse(new byte[0])), value, 4);
            assertOnlyOwnRows(Rows.of(table.scanPrefix(new byte[] {(byte) 0xFF})), value, 2);
            assertOnlyOwnRows(Rows.of(table.scanPrefixReverse(new byte[] {(byte) 0xFF})), value, 2);
            try (ReadSnapshot snapshot = engine.snapshot()) {
                assertOnlyOwnRows(Rows.of(snapshot.scan(tableId, null, null)), value, 4);
                assertOnlyOwnRows(Rows.of(snapshot.scanReverse(tableId, null, null)), value, 4);
                assertOnlyOwnRows(Rows.of(snapshot.scanPrefixReverse(tableId, new byte[] {(byte) 0xFF})), value, 2);
            }
        }

        engine.dropTable(0xFFFFFFFF);
        engine.dropTable(0x7FFFFFFF);
        assertThat(Rows.of(engine.stateTable(0xFFFFFFFF).scan(null, null))).isEmpty();
        assertThat(Rows.of(engine.stateTable(0x7FFFFFFF).scanReverse(null, null))).isEmpty();
        for (int tableId : new int[] {0, 1, 2, Integer.MIN_VALUE, 0xFFFFFFFE}) {
            assertOnlyOwnRows(Rows.of(engine.stateTable(tableId).scan(null, null)), Integer.toHexString(tableId), 4);
        }
    }

    @Test
    void deleteRangeToTheEndOfTheLastTableIdWorks() {
        StateTable last = engine.stateTable(0xFFFFFFFF);
        last.put(b("a"), b("1"));
        last.put(b("\u00ff\u00ff\u00ff"), b("2"));
        commit(last);
        last.deleteRange(b("b"), null);
        commit(last);
        assertThat(Rows.of(engine.stateTable(0xFFFFFFFF).scan(null, null))).containsExactly("a=1");
    }

    @Test
    void prefixScansOnTheFirstFieldOfTwoFieldKeysReturnExactlyTheMatchingRows() {
        Random random = new Random(5);
        String[] firstValues = {"", "\u0000", "a", "a\u0000", "a\u0000b", "ab", "b", "\uD83D\uDE00", null};
        StateTable table = engine.stateTable(11);
        TreeMap<String, List<Long>> expected = new TreeMap<>();
        for (int i = 0; i < 400; i++) {
            int firstIndex = random.nextInt(firstValues.length);
            long second = random.nextInt(50) - 25;
            byte[] key = new KeyWriter().writeString(firstValues[firstIndex], SortOrder.ASC)
                    .writeLong(second, SortOrder.DESC).toByteArray();
            table.put(key, b(firstIndex + "/" + second));
            if (i == 200) {
                commit(table);
            }
        }
        for (int firstIndex = 0; firstIndex < firstValues.length; firstIndex++) {
            byte[] prefix = new KeyWriter().writeString(firstValues[firstIndex], SortOrder.ASC).toByteArray();
            List<String> forward = Rows.of(table.scanPrefix(prefix));
            List<String> backward = Rows.of(table.scanPrefixReverse(prefix));
            assertThat(forward).isNotEmpty();
            for (String row : forward) {
                assertThat(row).endsWith("=" + firstIndex + "/" + row.substring(row.lastIndexOf('/') + 1));
            }
            List<Long> seconds = forward.stream().map(r -> Long.parseLong(r.substring(r.lastIndexOf('/') + 1))).toList();
            assertThat(seconds).isSortedAccordingTo((x, y) -> Long.compare(y, x)).doesNotHaveDuplicates();
            List<String> reversed = new ArrayList<>(backward);
            java.util.Collections.reverse(reversed);
            assertThat(reversed).isEqualTo(forward);
            expected.put(String.valueOf(firstIndex), seconds);
        }
        int total = expected.values().stream().mapToInt(List::size).sum();
        assertThat(Rows.of(table.scan(null, null))).hasSize(total);
    }

    @Test
    void writesDuringAScanAreSeenAheadOfTheCursor() {
        StateTable table = engine.stateTable(9);
        for (String key : List.of("a", "b", "c", "d")) {
            table.put(b(key), b("1"));
        }
        commit(table);
        List<String> seen = new ArrayList<>();
        try (StateIterator rows = table.scan(null, null)) {
            while (rows.next()) {
                String key = s(rows.key());
                seen.add(key + "=" + s(rows.value()));
                table.delete(rows.key());
                if (key.equals("a")) {
                    table.delete(b("c"));
                    table.put(b("bb"), b("2"));
                    table.put(b("0"), b("behind"));
                }
            }
        }
        assertThat(seen).containsExactly("a=1", "b=1", "bb=2", "d=1");
        assertThat(Rows.of(table.scan(null, null))).containsExactly("0=behind");
    }

    @Test
    void multiGetResolvesBufferedAndCommittedKeys() {
        StateTable table = engine.stateTable(12);
        table.put(b("a"), b("1"));
        table.put(b("b"), b("1"));
        commit(table);
        table.put(b("c"), b("3"));
        table.delete(b("b"));
        List<byte[]> values = table.multiGet(List.of(b("a"), b("b"), b("c"), b("d")));
        assertThat(values).extracting(Rows::s).containsExactly("1", null, "3", null);
        try (ReadSnapshot snapshot = engine.snapshot()) {
            assertThat(snapshot.multiGet(12, List.of(b("a"), b("b"), b("c")))).extracting(Rows::s)
                    .containsExactly("1", "1", null);
        }
    }

    @Test
    void handedOverWritesStayVisibleUntilWrittenAndNewWritesGoToTheNextEpoch() {
        StateTable table = engine.stateTable(13);
        assertThat(table.isDirty()).isFalse();
        table.put(b("a"), b("1"));
        assertThat(table.isDirty()).isTrue();
        long bytesBefore = table.bufferedBytes();
        assertThat(bytesBefore).isPositive();

        EpochCommit first = engine.beginCommit(++epoch).add(table);
        assertThat(table.isDirty()).isFalse();
        assertThat(table.bufferedBytes()).isEqualTo(bytesBefore);
        table.put(b("b"), b("2"));
        table.delete(b("a"));
        EpochCommit second = engine.beginCommit(++epoch).add(table);
        assertThat(table.get(b("a"))).isNull();
        assertThat(Rows.of(table.scan(null, null))).containsExactly("b=2");

        first.write();
        assertThat(Rows.of(engine.stateTable(13).scan(null, null))).containsExactly("a=1");
        assertThat(Rows.of(table.scan(null, null))).containsExactly("b=2");
        second.write();
        assertThat(Rows.of(engine.stateTable(13).scan(null, null))).containsExactly("b=2");
        assertThat(table.bufferedBytes()).isZero();
    }

    @Test
    void addingAHandleTwiceToOneCommitKeepsTheWriteOrder() {
        StateTable table = engine.stateTable(14);
        table.put(b("a"), b("1"));
        table.put(b("b"), b("1"));
        commit(table);
        table.put(b("c"), b("1"));
        EpochCommit commit = engine.beginCommit(++epoch).add(table);
        table.deleteRange(b("a"), b("z"));
        table.put(b("b"), b("2"));
        commit.add(table).write();
        assertThat(Rows.of(engine.stateTable(14).scan(null, null))).containsExactly("b=2");
    }

    private void assertOnlyOwnRows(List<String> rows, String value, int expectedCount) {
        assertThat(rows).hasSize(expectedCount).allSatisfy(row -> assertThat(row).endsWith("=" + value));
    }

    private void commit(StateTable... tables) {
        EpochCommit commit = engine.beginCommit(++epoch);
        for (StateTable table : tables) {
            commit.add(table);
        }
        commit.write();
    }
}
