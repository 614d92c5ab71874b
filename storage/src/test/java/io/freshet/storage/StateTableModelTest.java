package io.freshet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random puts, deletes, range deletions, pipelined commits, reopenings, gets and scans on a state
 * table, checked against an in-memory model of the latest and of the committed state. Keys are
 * short strings over bytes that stress boundaries (0x00, 0xFF, the empty key).
 */
class StateTableModelTest {
    private static final byte[] ALPHABET = {0x00, 0x01, 0x41, 0x42, (byte) 0xFE, (byte) 0xFF};
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path directory;

    /** A commit that took the table's buffer, with the state the table showed at that moment. */
    private record Pending(EpochCommit commit, NavigableMap<byte[], byte[]> state) {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void randomOperationsMatchTheModel(int seed) {
        Random random = new Random(seed);
        int tableId = new int[] {1, 0xFFFFFFFF, 0x7FFFFFFF, 0, 0x80000000, 0xFFFFFFFE}[seed - 1];
        StorageEngine engine = TestStores.open(directory);
        try {
            writeNeighbours(engine, tableId);
            StateTable table = engine.stateTable(tableId);
            NavigableMap<byte[], byte[]> latest = new TreeMap<>(Arrays::compareUnsigned);
            NavigableMap<byte[], byte[]> committed = new TreeMap<>(Arrays::compareUnsigned);
            Deque<Pending> pending = new ArrayDeque<>();
            long epoch = engine.lastCommittedEpoch();

            for (int step = 0; step < 1_500; step++) {
                int choice = random.nextInt(100);
                if (choice < 30) {
                    byte[] key = randomKey(random);
                    byte[] value = ("v" + step).getBytes();
                    table.put(key, value);
                    latest.put(key, value);
                } else if (choice < 40) {
                    byte[] key = random.nextBoolean() || latest.isEmpty() ? randomKey(random) : anyKey(latest, random);
                    table.delete(key);
                    latest.remove(key);
                } else if (choice < 45) {
                    byte[] from = random.nextInt(5) == 0 ? null : randomKey(random);
                    byte[] to = random.nextInt(5) == 0 ? null : randomKey(random);
                    table.deleteRange(from, to);
                    range(latest, from, to).clear();
                } else if (choice < 55) {
                    byte[] key = random.nextBoolean() || latest.isEmpty() ? randomKey(random) : anyKey(latest, random);
                    assertThat(table.get(key)).as("get %s", HEX.formatHex(key)).isEqualTo(latest.get(key));
                } else if (choice < 75) {
                    byte[] from = random.nextInt(4) == 0 ? null : randomKey(random);
                    byte[] to = random.nextInt(4) == 0 ? null : randomKey(random);
                    boolean reverse = random.nextBoolean();
                    StateIterator rows = reverse ? table.scanReverse(from, to) : table.scan(from, to);
                    NavigableMap<byte[], byte[]> expected = range(latest, from, to);
                    assertThat(render(rows)).as("step %d scan %s..%s reverse %s", step, hex(from), hex(to), reverse)
                            .isEqualTo(render(reverse ? expected.descendingMap() : expected));
                } else if (choice < 80) {
                    byte[] prefix = random.nextBoolean() ? new byte[0] : randomKey(random);
                    boolean reverse = random.nextBoolean();
                    StateIterator rows = reverse ? table.scanPrefixReverse(prefix) : table.scanPrefix(prefix);
                    NavigableMap<byte[], byte[]> expected = withPrefix(latest, prefix);
                    assertThat(render(rows)).as("step %d prefix %s", step, hex(prefix))
                            .isEqualTo(render(reverse ? expected.descendingMap() : expected));
                } else if (choice < 88) {
                    if (pending.size() < 3) {
                        pending.add(new Pending(engine.beginCommit(++epoch).add(table), copy(latest)));
                    }
                } else if (choice < 97) {
                    if (!pending.isEmpty()) {
                        Pending oldest = pending.poll();
                        oldest.commit().write();
                        committed = oldest.state();
                        try (ReadSnapshot snapshot = engine.snapshot()) {
                            assertThat(snapshot.epoch()).isEqualTo(oldest.commit().epoch());
                            assertThat(render(snapshot.scan(tableId, null, null))).isEqualTo(render(committed));
                        }
                    }
                } else {
                    pending.add(new Pending(engine.beginCommit(++epoch).add(table), copy(latest)));
                    while (!pending.isEmpty()) {
                        pending.poll().commit().write();
                    }
                    committed = copy(latest);
                    engine.close();
                    engine = TestStores.open(directory);
                    assertThat(engine.lastCommittedEpoch()).isEqualTo(epoch);
                    table = engine.stateTable(tableId);
                    assertThat(render(table.scan(null, null))).isEqualTo(render(committed));
                }
            }
            while (!pending.isEmpty()) {
                pending.poll().commit().write();
            }
            engine.beginCommit(++epoch).add(table).write();
            assertThat(render(engine.stateTable(tableId).scan(null, null))).isEqualTo(render(latest));
            assertNeighboursIntact(engine, tableId);
        } finally {
            engine.close();
        }
    }

    private static void writeNeighbours(StorageEngine engine, int tableId) {
        EpochCommit commit = engine.beginCommit(engine.lastCommittedEpoch() + 1);
        for (int neighbour : new int[] {tableId - 1, tableId + 1}) {
            StateTable table = engine.stateTable(neighbour);
            table.put(new byte[0], new byte[] {1});
            table.put(new byte[] {(byte) 0xFF, (byte) 0xFF}, new byte[] {2});
            commit.add(table);
        }
        commit.write();
    }

    private static void assertNeighboursIntact(StorageEngine engine, int tableId) {
        for (int neighbour : new int[] {tableId - 1, tableId + 1}) {
            assertThat(render(engine.stateTable(neighbour).scan(null, null))).containsExactly("=01", "ffff=02");
        }
    }

    private static byte[] randomKey(Random random) {
        byte[] key = new byte[random.nextInt(4)];
        for (int i = 0; i < key.length; i++) {
            key[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return key;
    }

    private static byte[] anyKey(NavigableMap<byte[], byte[]> map, Random random) {
        return new ArrayList<>(map.keySet()).get(random.nextInt(map.size()));
    }

    private static NavigableMap<byte[], byte[]> range(NavigableMap<byte[], byte[]> map, byte[] from, byte[] to) {
        if (from != null && to != null) {
            return Arrays.compareUnsigned(from, to) >= 0 ? new TreeMap<>(Arrays::compareUnsigned) : map.subMap(from, true, to, false);
        }
        if (from != null) {
            return map.tailMap(from, true);
        }
        return to != null ? map.headMap(to, false) : map;
    }

    private static NavigableMap<byte[], byte[]> withPrefix(NavigableMap<byte[], byte[]> map, byte[] prefix) {
        NavigableMap<byte[], byte[]> result = new TreeMap<>(Arrays::compareUnsigned);
        for (Map.Entry<byte[], byte[]> entry : map.entrySet()) {
            byte[] key = entry.getKey();
            if (key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length)) {
                result.put(key, entry.getValue());
            }
        }
        return result;
    }

    private static NavigableMap<byte[], byte[]> copy(NavigableMap<byte[], byte[]> map) {
        NavigableMap<byte[], byte[]> copy = new TreeMap<>(Arrays::compareUnsigned);
        copy.putAll(map);
        return copy;
    }

    private static List<String> render(StateIterator rows) {
        List<String> result = new ArrayList<>();
        try (rows) {
            while (rows.next()) {
                result.add(HEX.formatHex(rows.key()) + "=" + HEX.formatHex(rows.value()));
            }
        }
        return result;
    }

    private static List<String> render(Map<byte[], byte[]> rows) {
        List<String> result = new ArrayList<>();
        rows.forEach((key, value) -> result.add(HEX.formatHex(key) + "=" + HEX.formatHex(value)));
        return result;
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? "null" : HEX.formatHex(bytes);
    }
}
