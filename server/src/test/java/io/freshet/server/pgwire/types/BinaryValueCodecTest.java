package io.freshet.server.pgwire.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.ArrayValue;
import io.freshet.executor.value.Interval;
import io.freshet.executor.value.NumericSpecial;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The binary format against bytes taken from PostgreSQL 15's {@code _send} functions (the
 * samples of every type are in {@code RawProtocolTest}, which checks them over a socket).
 */
class BinaryValueCodecTest {
    private static final EvalContext CTX = EvalContext.UTC;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "12345.678, 0003000100000003000109291a7c",
            "0.0001, 0001ffff000000040001",
            "-100000000, 00010002400000000001",
            "0.00, 0000000000000002",
            "0, 0000000000000000",
            "1.50, 000200000000000200011388",
            "-0.5, 0001ffff400000011388",
            "1E+20, 00010005000000000001",
            "123456789012345678901234567890.123456789, 000b000700000009000c0d801ed204d2162e23340d801ed204d2162e2328",
    })
    void numeric_matchesPostgresNumericSend(String decimal, String pgHex) {
        BigDecimal value = new BigDecimal(decimal);
        assertThat(encode(value, DataType.NUMERIC)).isEqualTo(pgHex);
        Object decoded = decode(pgHex, DataType.NUMERIC);
        assertThat(decoded).isInstanceOf(BigDecimal.class);
        assertThat((BigDecimal) decoded).isEqualByComparingTo(value);
        assertThat(((BigDecimal) decoded).scale()).isEqualTo(Math.max(value.scale(), 0));
    }

    @Test
    void numericSpecials_matchPostgres() {
        assertThat(encode(NumericSpecial.NAN, DataType.NUMERIC)).isEqualTo("00000000c0000000");
        assertThat(encode(NumericSpecial.POSITIVE_INFINITY, DataType.NUMERIC)).isEqualTo("00000000d0000020");
        assertThat(encode(NumericSpecial.NEGATIVE_INFINITY, DataType.NUMERIC)).isEqualTo("00000000f0000020");
        assertThat(decode("00000000c0000000", DataType.NUMERIC)).isEqualTo(NumericSpecial.NAN);
        assertThat(decode("00000000d0000000", DataType.NUMERIC)).isEqualTo(NumericSpecial.POSITIVE_INFINITY);
        assertThat(decode("00000000f0000020", DataType.NUMERIC)).isEqualTo(NumericSpecial.NEGATIVE_INFINITY);
    }

    @Test
    void numeric_digitsHiddenByTheDisplayScaleAreTruncated() {
        // 1.5678 sent with dscale 2, as PostgreSQL's numeric_recv accepts it: 1.56
        assertThat(decode("00020000000000020001162e", DataType.NUMERIC)).isEqualTo(new BigDecimal("1.56"));
    }

    @Test
    void numeric_badSignOrDigit_isInvalidBinaryRepresentation() {
        assertInvalid("0001000012340000" + "0001", DataType.NUMERIC);
        assertInvalid("000100000000000027ff", DataType.NUMERIC);
    }

    @Test
    void arrays_matchPostgresArraySend() {
        assertThat(encode(ArrayValue.of(), DataType.array(DataType.INTEGER))).isEqualTo("000000000000000000000017");
        String twoByTwo = "000000020000000000000017000000020000000100000002000000010000000400000001"
                + "000000040000000200000004000000030000000400000004";
        DataType matrix = DataType.array(DataType.array(DataType.INTEGER));
        ArrayValue value = ArrayValue.of(ArrayValue.of(1, 2), ArrayValue.of(3, 4));
        assertThat(encode(value, matrix)).isEqualTo(twoByTwo);
        assertThat(decode(twoByTwo, matrix)).isEqualTo(value);
        assertThat(encode(ArrayValue.of("a", "b"), DataType.array(DataType.varchar(1))))
                .isEqualTo("000000010000000000000413000000020000000100000001610000000162");
        assertThat(encode(ArrayValue.of(new BigDecimal("1.5")), DataType.array(DataType.NUMERIC)))
                .isEqualTo("0000000100000000000006a400000001000000010000000c000200000000000100011388");
        assertThat(decode("000000000000000000000017", DataType.array(DataType.INTEGER))).isEqualTo(ArrayValue.of());
    }

    @Test
    void jaggedArrays_areRefused() {
        DataType matrix = DataType.array(DataType.array(DataType.INTEGER));
        ArrayValue jagged = ArrayValue.of(ArrayValue.of(1, 2), ArrayValue.of(3));
        assertThatThrownBy(() -> encode(jagged, matrix)).isInstanceOf(FreshetException.class)
                .hasMessageContaining("matching dimensions");
    }

    @Test
    void arrayOfAnotherElementType_isRefused() {
        String int8Array = "00000001000000000000001400000001000000010000000800000000000000ff";
        assertThatThrownBy(() -> decode(int8Array, DataType.array(DataType.INTEGER)))
                .isInstanceOfSatisfying(FreshetException.class,
                        e -> assertThat(e.sqlState()).isEqualTo(SqlState.DATATYPE_MISMATCH));
    }

    @Test
    void infinitiesOfDatesAndTimestamps_keepPostgresSentinels() {
        assertThat(encode(Integer.MAX_VALUE, DataType.DATE)).isEqualTo("7fffffff");
        assertThat(encode(Long.MIN_VALUE, DataType.TIMESTAMP)).isEqualTo("8000000000000000");
        assertThat(decode("7fffffff", DataType.DATE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(decode("7fffffffffffffff", DataType.TIMESTAMPTZ)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void negativeInterval_matchesPostgres() {
        // '-1 days -00:00:01'
        assertThat(encode(new Interval(0, -1, -1_000_000L), DataType.INTERVAL)).isEqualTo("fffffffffff0bdc0ffffffff00000000");
    }

    @Test
    void wrongLengths_areInvalidBinaryRepresentation() {
        assertInvalid("000001", DataType.INTEGER);
        assertInvalid("0000000100", DataType.INTEGER);
        assertInvalid("0101", DataType.BOOLEAN);
        assertInvalid("00000001000000000000001700000002000000010000000400000001", DataType.array(DataType.INTEGER));
    }

    @Test
    void malformedUtf8Text_isRefused() {
        assertThatThrownBy(() -> decode("c328", DataType.TEXT)).isInstanceOf(FreshetException.class)
                .hasMessageContaining("invalid byte sequence");
    }

    private static void assertInvalid(String hex, DataType type) {
        assertThatThrownBy(() -> decode(hex, type)).isInstanceOfSatisfying(FreshetException.class,
                e -> assertThat(e.sqlState()).isEqualTo(SqlState.INVALID_BINARY_REPRESENTATION));
    }

    private static String encode(Object value, DataType type) {
        ByteBuf out = Unpooled.buffer();
        BinaryValueCodec.encode(value, type, CTX, out);
        return ByteBufUtil.hexDump(out);
    }

    private static Object decode(String hex, DataType type) {
        return BinaryValueCodec.decode(Unpooled.wrappedBuffer(HexFormat.of().parseHex(hex)), type, CTX);
    }
}
