package io.freshet.storage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Randomized check of the encoding contract for single fields: for every type and sort order, the
 * unsigned byte order of encodings equals PostgreSQL's order of the values, equal encodings mean
 * equal values, and every value decodes back.
 */
class KeyOrderTest {
    private static final int VALUES_PER_CASE = 250;

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void byteOrderEqualsValueOrderForEverySortOrder(FieldType type) {
        Random random = new Random(42 + type.ordinal());
        for (SortOrder order : SortOrder.values()) {
            List<Object> values = new ArrayList<>();
            List<byte[]> keys = new ArrayList<>();
            for (int i = 0; i < VALUES_PER_CASE; i++) {
                Object value = random.nextInt(12) == 0 ? null : type.random(random);
                values.add(value);
                keys.add(encode(type, value, order));
            }
            for (int i = 0; i < values.size(); i++) {
                for (int j = 0; j < values.size(); j++) {
                    int expected = Integer.signum(type.compareNullable(values.get(i), values.get(j), order));
                    int actual = Integer.signum(Arrays.compareUnsigned(keys.get(i), keys.get(j)));
                    if (actual != expected) {
                        fail("%s %s: %s vs %s: bytes compare %d, values %d", type, order, describe(values.get(i)),
                                describe(values.get(j)), actual, expected);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void everyValueDecodesToAnEqualValue(FieldType type) {
        Random random = new Random(7 + type.ordinal());
        for (SortOrder order : SortOrder.values()) {
            for (int i = 0; i < 2_000; i++) {
                Object value = random.nextInt(12) == 0 ? null : type.random(random);
                byte[] key = encode(type, value, order);
                KeyReader reader = new KeyReader(key);
                Object decoded = type.readNullable(reader, order);
                assertThat(type.compareNullable(decoded, value, order)).as("%s %s %s", type, order, describe(value))
                        .isZero();
                assertThat(reader.hasRemaining()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void noEncodingIsAPrefixOfAnother(FieldType type) {
        Random random = new Random(99 + type.ordinal());
        for (SortOrder order : SortOrder.values()) {
            List<byte[]> keys = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Object value = random.nextInt(12) == 0 ? null : type.random(random);
                keys.add(encode(type, value, order));
            }
            for (byte[] a : keys) {
                for (byte[] b : keys) {
                    if (a.length < b.length && Arrays.equals(a, 0, a.length, b, 0, a.length)) {
                        fail("%s %s: %s is a prefix of %s", type, order, Arrays.toString(a), Arrays.toString(b));
                    }
                }
            }
        }
    }

    static byte[] encode(FieldType type, Object value, SortOrder order) {
        KeyWriter writer = new KeyWriter(4);
        type.writeNullable(writer, value, order);
        return writer.toByteArray();
    }

    static String describe(Object value) {
        if (value instanceof byte[]) {
            return Arrays.toString((byte[]) value);
        }
        if (value instanceof String) {
            return ((String) value).codePoints().mapToObj(Integer::toHexString).toList().toString();
        }
        if (value instanceof FieldType.Decimal) {
            FieldType.Decimal decimal = (FieldType.Decimal) value;
            return decimal.kind() == DecimalKind.FINITE
                    ? decimal.value().unscaledValue() + "e" + (-decimal.value().scale()) : decimal.kind().toString();
        }
        return String.valueOf(value);
    }
}
