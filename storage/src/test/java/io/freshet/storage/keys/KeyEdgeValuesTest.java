package io.freshet.storage.keys;

import static io.freshet.storage.keys.SortOrder.ASC;
import static io.freshet.storage.keys.SortOrder.DESC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Edge values of each field type: exact orders PostgreSQL defines, round trips, and misuse. */
class KeyEdgeValuesTest {

    @Test
    void integersSortNumericallyIncludingExtremes() {
        assertStrictlyAscending(
                w -> w.writeLong(Long.MIN_VALUE, ASC), w -> w.writeLong(-1, ASC), w -> w.writeLong(0, ASC),
                w -> w.writeLong(1, ASC), w -> w.writeLong(Long.MAX_VALUE, ASC), w -> w.writeNull(ASC));
        assertStrictlyAscending(
                w -> w.writeNull(DESC), w -> w.writeInt(Integer.MAX_VALUE, DESC), w -> w.writeInt(0, DESC),
                w -> w.writeInt(Integer.MIN_VALUE, DESC));
        assertStrictlyAscending(
                w -> w.writeShort(Short.MIN_VALUE, ASC), w -> w.writeShort((short) -1, ASC),
                w -> w.writeShort(Short.MAX_VALUE, ASC));
        assertThat(new KeyReader(key(w -> w.writeLong(Long.MIN_VALUE, DESC))).readLong(DESC)).isEqualTo(Long.MIN_VALUE);
        assertThat(new KeyReader(key(w -> w.writeLong(Long.MAX_VALUE, ASC))).readLong(ASC)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void nullsGoWhereTheSortOrderSays() {
        assertStrictlyAscending(w -> w.writeNull(SortOrder.ASC_NULLS_FIRST), w -> w.writeLong(Long.MIN_VALUE,
                SortOrder.ASC_NULLS_FIRST));
        assertStrictlyAscending(w -> w.writeLong(Long.MAX_VALUE, SortOrder.DESC_NULLS_LAST),
                w -> w.writeLong(Long.MIN_VALUE, SortOrder.DESC_NULLS_LAST), w -> w.writeNull(SortOrder.DESC_NULLS_LAST));
        assertThat(SortOrder.ASC).isEqualTo(SortOrder.ASC_NULLS_LAST);
        assertThat(SortOrder.DESC).isEqualTo(SortOrder.DESC_NULLS_FIRST);
        assertThat(SortOrder.of(true, false)).isEqualTo(SortOrder.DESC_NULLS_LAST);
    }

    @Test
    void floatsTreatNegativeZeroAsZeroAndNaNAsLargest() {
        assertThat(key(w -> w.writeDouble(-0.0, ASC))).isEqualTo(key(w -> w.writeDouble(0.0, ASC)));
        assertThat(key(w -> w.writeFloat(-0.0f, DESC))).isEqualTo(key(w -> w.writeFloat(0.0f, DESC)));
        assertThat(key(w -> w.writeDouble(Double.longBitsToDouble(0x7ff0000000000001L), ASC)))
                .isEqualTo(key(w -> w.writeDouble(Double.NaN, ASC)));
        assertStrictlyAscending(
                w -> w.writeDouble(Double.NEGATIVE_INFINITY, ASC), w -> w.writeDouble(-Double.MAX_VALUE, ASC),
                w -> w.writeDouble(-Double.MIN_VALUE, ASC), w -> w.writeDouble(0.0, ASC),
                w -> w.writeDouble(Double.MIN_VALUE, ASC), w -> w.writeDouble(1.5, ASC),
                w -> w.writeDouble(Double.POSITIVE_INFINITY, ASC), w -> w.writeDouble(Double.NaN, ASC),
                w -> w.writeNull(ASC));
        assertStrictlyAscending(
                w -> w.writeFloat(Float.NaN, DESC), w -> w.writeFloat(Float.POSITIVE_INFINITY, DESC),
                w -> w.writeFloat(0.0f, DESC), w -> w.writeFloat(Float.NEGATIVE_INFINITY, DESC));
        assertThat(new KeyReader(key(w -> w.writeDouble(-0.0, ASC))).readDouble(ASC)).isEqualTo(0.0);
        assertThat(new KeyReader(key(w -> w.writeFloat(Float.NaN, DESC))).readFloat(DESC)).isNaN();
    }

    @Test
    void decimalsSortByValueWithSpecialValuesOutside() {
        assertStrictlyAscending(
                w -> w.writeDecimalInfinity(false, ASC),
                w -> w.writeDecimal(new BigDecimal("-123456789012345678901234567890.5"), ASC),
                w -> w.writeDecimal(new BigDecimal("-10"), ASC),
                w -> w.writeDecimal(new BigDecimal("-1"), ASC),
                w -> w.writeDecimal(new BigDecimal("-0.001"), ASC),
                w -> w.writeDecimal(new BigDecimal("-1e-30"), ASC),
                w -> w.writeDecimal(BigDecimal.ZERO, ASC),
                w -> w.writeDecimal(new BigDecimal("1e-30"), ASC),
                w -> w.writeDecimal(new BigDecimal("0.1"), ASC),
                w -> w.writeDecimal(new BigDecimal("0.101"), ASC),
                w -> w.writeDecimal(new BigDecimal("1"), ASC),
                w -> w.writeDecimal(new BigDecimal("1.5"), ASC),
                w -> w.writeDecimal(new BigDecimal("10"), ASC),
                w -> w.writeDecimal(new BigDecimal("123456789012345678901234567890.5"), ASC),
                w -> w.writeDecimal(new BigDecimal(BigInteger.ONE, -100_000), ASC),
                w -> w.writeDecimalInfinity(true, ASC),
                w -> w.writeDecimalNaN(ASC),
                w -> w.writeNull(ASC));
    }

    @Test
    void decimalsEqualInValueEncodeIdentically() {
        assertThat(key(w -> w.writeDecimal(new BigDecimal("1.0"), ASC)))
                .isEqualTo(key(w -> w.writeDecimal(new BigDecimal("1.00"), ASC)))
                .isEqualTo(key(w -> w.writeDecimal(BigDecimal.ONE, ASC)));
        assertThat(key(w -> w.writeDecimal(new BigDecimal("0.000"), DESC)))
                .isEqualTo(key(w -> w.writeDecimal(BigDecimal.ZERO, DESC)));
        assertThat(key(w -> w.writeDecimal(new BigDecimal("1E+3"), ASC)))
                .isEqualTo(key(w -> w.writeDecimal(new BigDecimal("1000.000"), ASC)));
    }

    @Test
    void decimalsRoundTripIncludingHugeScales() {
        for (BigDecimal value : FieldType.EDGE_DECIMALS) {
            for (SortOrder order : SortOrder.values()) {
                KeyReader reader = new KeyReader(key(w -> w.writeDecimal(value, order)));
                assertThat(reader.peekDecimalKind(order)).isEqualTo(DecimalKind.FINITE);
                assertThat(reader.readDecimal(order)).isEqualByComparingTo(value);
                assertThat(reader.hasRemaining()).isFalse();
            }
        }
        assertThat(new KeyReader(key(w -> w.writeDecimal(new BigDecimal("1.500"), ASC))).readDecimal(ASC))
                .isEqualTo(new BigDecimal("1.5"));
        assertThat(new KeyReader(key(w -> w.writeDecimal(new BigDecimal("123456789012345678901234567890.5"), DESC)))
                .readDecimal(DESC)).isEqualTo(new BigDecimal("123456789012345678901234567890.5"));
    }

    @Test
    void nonFiniteDecimalsAreReadByKind() {
        KeyReader reader = new KeyReader(key(w -> w.writeDecimalNaN(DESC).writeDecimalInfinity(false, ASC)
                .writeDecimal(BigDecimal.TEN, ASC)));
        assertThat(reader.peekDecimalKind(DESC)).isEqualTo(DecimalKind.NAN);
        assertThatThrownBy(() -> reader.readDecimal(DESC)).isInstanceOf(IllegalStateException.class);
        assertThat(reader.readNonFiniteDecimal(DESC)).isEqualTo(DecimalKind.NAN);
        assertThat(reader.readNonFiniteDecimal(ASC)).isEqualTo(DecimalKind.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> reader.readNonFiniteDecimal(ASC)).isInstanceOf(IllegalStateException.class);
        assertThat(reader.readDecimal(ASC)).isEqualByComparingTo("10");
    }

    @Test
    void stringsSortByCodePointIncludingNulCharactersAndEmoji() {
        assertStrictlyAscending(
                w -> w.writeString("", ASC), w -> w.writeString("\u0000", ASC), w -> w.writeString("\u0000\u0000", ASC),
                w -> w.writeString("\u0000a", ASC), w -> w.writeString("\u0001", ASC), w -> w.writeString("a", ASC),
                w -> w.writeString("a\u0000", ASC), w -> w.writeString("a\u0000b", ASC), w -> w.writeString("ab", ASC),
                w -> w.writeString("\u00e9", ASC), w -> w.writeString("\uFFFF", ASC),
                w -> w.writeString("\uD83D\uDE00", ASC), w -> w.writeNull(ASC));
        assertStrictlyAscending(
                w -> w.writeNull(DESC), w -> w.writeString("\uD83D\uDE00", DESC), w -> w.writeString("ab", DESC),
                w -> w.writeString("a\u0000", DESC), w -> w.writeString("a", DESC), w -> w.writeString("", DESC));
        for (String text : FieldType.EDGE_STRINGS) {
            for (SortOrder order : SortOrder.values()) {
                assertThat(new KeyReader(key(w -> w.writeString(text, order))).readString(order)).isEqualTo(text);
            }
        }
        String longText = "x".repeat(500) + "\u0000" + "\uD83D\uDE00".repeat(100);
        assertThat(new KeyReader(key(w -> w.writeString(longText, DESC))).readString(DESC)).isEqualTo(longText);
    }

    @Test
    void byteStringsSortUnsignedAndRoundTrip() {
        assertStrictlyAscending(
                w -> w.writeBytes(new byte[0], ASC), w -> w.writeBytes(new byte[] {0}, ASC),
                w -> w.writeBytes(new byte[] {0, 0}, ASC), w -> w.writeBytes(new byte[] {0, (byte) 0xFF}, ASC),
                w -> w.writeBytes(new byte[] {1}, ASC), w -> w.writeBytes(new byte[] {(byte) 0xFF}, ASC),
                w -> w.writeBytes(new byte[] {(byte) 0xFF, 0}, ASC));
        byte[] value = {0, (byte) 0xFF, 0, 1, 0};
        assertThat(new KeyReader(key(w -> w.writeBytes(value, DESC))).readBytes(DESC)).isEqualTo(value);
    }

    @Test
    void booleansPutFalseBeforeTrue() {
        assertStrictlyAscending(w -> w.writeBoolean(false, ASC), w -> w.writeBoolean(true, ASC), w -> w.writeNull(ASC));
        assertStrictlyAscending(w -> w.writeBoolean(true, DESC), w -> w.writeBoolean(false, DESC));
    }

    @Test
    void nullReferenceValuesWriteNull() {
        assertThat(key(w -> w.writeString(null, ASC))).isEqualTo(key(w -> w.writeNull(ASC)));
        assertThat(key(w -> w.writeBytes(null, DESC))).isEqualTo(key(w -> w.writeNull(DESC)));
        assertThat(key(w -> w.writeDecimal(null, ASC))).isEqualTo(key(w -> w.writeNull(ASC)));
    }

    @Test
    void readersRejectNullsMismatchedOrdersAndTruncatedKeys() {
        KeyReader reader = new KeyReader(key(w -> w.writeNull(ASC).writeInt(5, ASC)));
        assertThat(reader.isNextNull()).isTrue();
        assertThatThrownBy(() -> reader.readInt(ASC)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> reader.tryReadNull(SortOrder.ASC_NULLS_FIRST)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reader.tryReadNull(ASC)).isTrue();
        assertThat(reader.tryReadNull(ASC)).isFalse();
        assertThat(reader.readInt(ASC)).isEqualTo(5);
        assertThatThrownBy(() -> reader.readInt(ASC)).isInstanceOf(IllegalArgumentException.class);

        byte[] truncated = Arrays.copyOf(key(w -> w.writeString("abc", ASC)), 3);
        assertThatThrownBy(() -> new KeyReader(truncated).readString(ASC)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writerIsReusableAndAcceptsEncodedPrefixes() {
        KeyWriter writer = new KeyWriter(1);
        byte[] prefix = writer.writeInt(7, ASC).toByteArray();
        byte[] whole = writer.writeString("tail".repeat(50), ASC).toByteArray();
        byte[] rebuilt = writer.reset().writeEncoded(prefix).writeString("tail".repeat(50), ASC).toByteArray();
        assertThat(rebuilt).isEqualTo(whole);
        assertThat(writer.length()).isEqualTo(whole.length);
        KeyReader reader = new KeyReader(whole);
        assertThat(reader.readInt(ASC)).isEqualTo(7);
        assertThat(reader.readString(ASC)).isEqualTo("tail".repeat(50));
    }

    private static byte[] key(Consumer<KeyWriter> fields) {
        KeyWriter writer = new KeyWriter();
        fields.accept(writer);
        return writer.toByteArray();
    }

    @SafeVarargs
    private static void assertStrictlyAscending(Consumer<KeyWriter>... keysInOrder) {
        List<byte[]> keys = new ArrayList<>();
        for (Consumer<KeyWriter> fields : keysInOrder) {
            keys.add(key(fields));
        }
        for (int i = 1; i < keys.size(); i++) {
            assertThat(Arrays.compareUnsigned(keys.get(i - 1), keys.get(i)))
                    .as("key %d sorts before key %d", i - 1, i).isNegative();
        }
    }
}
