package io.freshet.storage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomized check of the encoding contract for multi-field keys with mixed types, directions and
 * nulls: byte order equals lexicographic tuple order, tuples round-trip, and the encoding of the
 * first k fields is a prefix exactly of the tuples that share those k values.
 */
class TupleKeyTest {
    private static final int SCHEMAS = 150;
    private static final int TUPLES_PER_SCHEMA = 120;

    /** Field types and orders of one key. */
    private record Schema(FieldType[] types, SortOrder[] orders) {
        static Schema random(Random random) {
            int width = 1 + random.nextInt(4);
            FieldType[] types = new FieldType[width];
            SortOrder[] orders = new SortOrder[width];
            for (int i = 0; i < width; i++) {
                types[i] = FieldType.values()[random.nextInt(FieldType.values().length)];
                orders[i] = SortOrder.values()[random.nextInt(SortOrder.values().length)];
            }
            return new Schema(types, orders);
        }

        /** A tuple drawn from small per-field pools so that leading fields often tie. */
        Object[] randomTuple(Random random, List<List<Object>> pools) {
            Object[] tuple = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                List<Object> pool = pools.get(i);
                tuple[i] = pool.get(random.nextInt(pool.size()));
            }
            return tuple;
        }

        byte[] encode(Object[] tuple, int fieldCount) {
            KeyWriter writer = new KeyWriter(8);
            for (int i = 0; i < fieldCount; i++) {
                types[i].writeNullable(writer, tuple[i], orders[i]);
            }
            return writer.toByteArray();
        }

        Object[] decode(byte[] key) {
            KeyReader reader = new KeyReader(key);
            Object[] tuple = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                tuple[i] = types[i].readNullable(reader, orders[i]);
            }
            assertThat(reader.hasRemaining()).isFalse();
            return tuple;
        }

        int compare(Object[] a, Object[] b, int fieldCount) {
            for (int i = 0; i < fieldCount; i++) {
                int order = types[i].compareNullable(a[i], b[i], orders[i]);
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        }
    }

    @Test
    void byteOrderEqualsTupleOrderAndTuplesRoundTrip() {
        Random random = new Random(2024);
        for (int s = 0; s < SCHEMAS; s++) {
            Schema schema = Schema.random(random);
            List<List<Object>> pools = pools(schema, random);
            List<Object[]> tuples = new ArrayList<>();
            List<byte[]> keys = new ArrayList<>();
            for (int t = 0; t < TUPLES_PER_SCHEMA; t++) {
                Object[] tuple = schema.randomTuple(random, pools);
                tuples.add(tuple);
                keys.add(schema.encode(tuple, schema.types().length));
            }
            for (int i = 0; i < tuples.size(); i++) {
                assertThat(schema.compare(schema.decode(keys.get(i)), tuples.get(i), schema.types().length)).isZero();
                for (int j = 0; j < tuples.size(); j++) {
                    int expected = Integer.signum(schema.compare(tuples.get(i), tuples.get(j), schema.types().length));
                    int actual = Integer.signum(Arrays.compareUnsigned(keys.get(i), keys.get(j)));
                    if (actual != expected) {
                        fail("schema %s %s: tuples %d and %d compare %d as bytes, %d as values",
                                Arrays.toString(schema.types()), Arrays.toString(schema.orders()), i, j, actual, expected);
                    }
                }
            }
        }
    }

    @Test
    void leadingFieldEncodingIsAPrefixExactlyOfTuplesSharingThoseFields() {
        Random random = new Random(77);
        for (int s = 0; s < SCHEMAS; s++) {
            Schema schema = Schema.random(random);
            int width = schema.types().length;
            List<List<Object>> pools = pools(schema, random);
            List<Object[]> tuples = new ArrayList<>();
            for (int t = 0; t < 60; t++) {
                tuples.add(schema.randomTuple(random, pools));
            }
            for (int k = 0; k <= width; k++) {
                for (Object[] prefixTuple : tuples) {
                    byte[] prefix = schema.encode(prefixTuple, k);
                    KeyRange range = KeyRange.withPrefix(prefix);
                    for (Object[] other : tuples) {
                        byte[] key = schema.encode(other, width);
                        boolean sharesFields = schema.compare(prefixTuple, other, k) == 0;
                        boolean hasPrefix = key.length >= prefix.length
                                && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
                        if (hasPrefix != sharesFields || range.contains(key) != sharesFields) {
                            fail("schema %s %s: first %d fields shared %s, key has prefix %s, in prefix range %s",
                                    Arrays.toString(schema.types()), Arrays.toString(schema.orders()), k, sharesFields,
                                    hasPrefix, range.contains(key));
                        }
                    }
                }
            }
        }
    }

    private static List<List<Object>> pools(Schema schema, Random random) {
        List<List<Object>> pools = new ArrayList<>();
        for (FieldType type : schema.types()) {
            List<Object> pool = new ArrayList<>();
            pool.add(null);
            int size = 2 + random.nextInt(5);
            for (int i = 0; i < size; i++) {
                pool.add(type.random(random));
            }
            pools.add(pool);
        }
        return pools;
    }
}
