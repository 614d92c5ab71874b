package io.freshet.executor.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** PostgreSQL text I/O of values, checked against outputs recorded from PostgreSQL 15. */
class ValueTextTest {
    private static final EvalContext UTC = EvalContext.UTC;

    private static String roundTrip(String text, DataType type) {
        return ValueText.format(ValueText.parse(text, type, UTC), type, UTC);
    }

    @Test
    void floatsUseShortestDigitsAndPostgresExponentThresholds() {
        assertThat(FloatText.format(1e15)).isEqualTo("1e+15");
        assertThat(FloatText.format(1e14)).isEqualTo("100000000000000");
        assertThat(FloatText.format(0.0001)).isEqualTo("0.0001");
        assertThat(FloatText.format(0.00001)).isEqualTo("1e-05");
        assertThat(FloatText.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(FloatText.format(1e23)).isEqualTo("9.999999999999999e+22");
        assertThat(FloatText.format(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(FloatText.format(-0.0)).isEqualTo("-0");
        assertThat(FloatText.format(Double.NaN)).isEqualTo("NaN");
        assertThat(FloatText.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(FloatText.format(1234567f)).isEqualTo("1.234567e+06");
        assertThat(FloatText.format(123456f)).isEqualTo("123456");
        assertThat(FloatText.format(9.8e-45f)).isEqualTo("1e-44");
        assertThat(FloatText.format(0.1f)).isEqualTo("0.1");
    }

    @Test
    void floatOutputReadsBackToTheSameValue() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            assertThat(Double.parseDouble(FloatText.format(d))).isEqualTo(d);
            float f = Float.intBitsToFloat(r.nextInt());
            if (!Float.isNaN(f) && !Float.isInfinite(f)) {
                assertThat(Float.parseFloat(FloatText.format(f))).isEqualTo(f);
            }
        }
    }

    @Test
    void integersAndBooleans() {
        assertThat(roundTrip(" +42 ", DataType.INTEGER)).isEqualTo("42");
        assertThat(roundTrip("of", DataType.BOOLEAN)).isEqualTo("f");
        assertThatThrownBy(() -> ValueText.parse("2147483648", DataType.INTEGER, UTC))
                .isInstanceOf(FreshetException.class)
                .hasMessage("value \"2147483648\" is out of range for type integer");
        assertThatThrownBy(() -> ValueText.parse("12a", DataType.INTEGER, UTC))
                .hasMessage("invalid input syntax for type integer: \"12a\"")
                .matches(e -> ((FreshetException) e).sqlState() == SqlState.INVALID_TEXT_REPRESENTATION);
    }

    @Test
    void numericKeepsScaleAndAppliesTypmod() {
        assertThat(roundTrip("24.50", DataType.NUMERIC)).isEqualTo("24.50");
        assertThat(roundTrip("1e3", DataType.NUMERIC)).isEqualTo("1000");
        assertThat(roundTrip("-inf", DataType.NUMERIC)).isEqualTo("-Infinity");
        assertThat(roundTrip("999.994", DataType.numeric(5, 2))).isEqualTo("999.99");
        assertThatThrownBy(() -> ValueText.parse("999.995", DataType.numeric(5, 2), UTC))
                .hasMessage("numeric field overflow");
        assertThat(Numerics.divScale(BigDecimal.ONE, BigDecimal.valueOf(3))).isEqualTo(20);
    }

    @Test
    void datesTimesAndTimestamps() {
        assertThat(roundTrip("Jan 2 2026", DataType.DATE)).isEqualTo("2026-01-02");
        assertThat(roundTrip("1/2/2026", DataType.DATE)).isEqualTo("2026-01-02");
        assertThat(roundTrip("0044-03-15 BC", DataType.DATE)).isEqualTo("0044-03-15 BC");
        assertThat(roundTrip("infinity", DataType.DATE)).isEqualTo("infinity");
        assertThat(roundTrip("3:04:05.1230 pm", DataType.TIME)).isEqualTo("15:04:05.123");
        assertThat(roundTrip("2026-01-02T03:04:05.500", DataType.TIMESTAMP)).isEqualTo("2026-01-02 03:04:05.5");
        assertThat(roundTrip("2026-01-02 03:04:05+02", DataType.TIMESTAMPTZ)).isEqualTo("2026-01-02 01:04:05+00");
        EvalContext ny = new EvalContext(ZoneId.of("America/New_York"), 0, new Object[0]);
        long t = (Long) ValueText.parse("2026-11-01 01:30:00", DataType.TIMESTAMPTZ, ny);
        assertThat(ValueText.format(t, DataType.TIMESTAMPTZ, ny)).isEqualTo("2026-11-01 01:30:00-05");
        assertThatThrownBy(() -> ValueText.parse("2026-02-30", DataType.DATE, UTC))
                .hasMessage("date/time field value out of range: \"2026-02-30\"");
    }

    @Test
    void intervals() {
        assertThat(roundTrip("1 year 2 months 3 days 4 hours 5 minutes 6.789 seconds", DataType.INTERVAL))
                .isEqualTo("1 year 2 mons 3 days 04:05:06.789");
        assertThat(roundTrip("-1 days +02:00:00", DataType.INTERVAL)).isEqualTo("-1 days +02:00:00");
        assertThat(roundTrip("@ 1 hour ago", DataType.INTERVAL)).isEqualTo("-01:00:00");
        assertThat(roundTrip("P1Y2M3DT4H5M6S", DataType.INTERVAL)).isEqualTo("1 year 2 mons 3 days 04:05:06");
        assertThat(roundTrip("1.5 months", DataType.INTERVAL)).isEqualTo("1 mon 15 days");
        assertThat(roundTrip("0", DataType.INTERVAL)).isEqualTo("00:00:00");
    }

    @Test
    void byteaJsonbArraysAndStructs() {
        assertThat(roundTrip("abc\\\\\\001", DataType.BYTEA)).isEqualTo("\\x6162635c01");
        assertThat(roundTrip("{\"b\": [1, 2.50], \"a\": 1, \"aa\": 2, \"a\": 3}", DataType.JSONB))
                .isEqualTo("{\"a\": 3, \"b\": [1, 2.50], \"aa\": 2}");
        assertThat(roundTrip("{\"a b\",\"x\\\"y\",NULL,\"NULL\",\"\"}", DataType.array(DataType.TEXT)))
                .isEqualTo("{\"a b\",\"x\\\"y\",NULL,\"NULL\",\"\"}");
        DataType struct = DataType.parse("struct<a int4, b text>");
        assertThat(ValueText.format(StructValue.of(1, "a b"), struct, UTC)).isEqualTo("(1,\"a b\")");
        assertThat(ValueText.format(StructValue.of(null, ""), struct, UTC)).isEqualTo("(,\"\")");
        assertThat(roundTrip("(1,\"x\"\"y\")", struct)).isEqualTo("(1,\"x\"\"y\")");
    }
}
