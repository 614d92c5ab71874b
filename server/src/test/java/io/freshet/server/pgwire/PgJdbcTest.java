package io.freshet.server.pgwire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.freshet.server.pgwire.SampleValues.Sample;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;

/**
 * pgjdbc against the server in each of its ways of talking: the simple protocol, the
 * extended protocol with unnamed statements, with named server-side statements, and with
 * binary transfer.
 */
class PgJdbcTest {
    private static RunningServer server;

    /** pgjdbc's ways of using the protocol. */
    enum Mode {
        SIMPLE("preferQueryMode=simple"),
        EXTENDED("preferQueryMode=extended&binaryTransfer=false"),
        NAMED_STATEMENTS("prepareThreshold=1&binaryTransfer=false"),
        BINARY("binaryTransfer=true&prepareThreshold=-1");

        final String urlParameters;

        Mode(String urlParameters) {
            this.urlParameters = urlParameters;
        }
    }

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void selectOne(Mode mode) throws Exception {
        try (Connection c = server.connect(mode.urlParameters); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("int4");
            assertThat(rs.next()).isFalse();
        }
    }

    static Stream<Arguments> modesAndSamples() {
        return Stream.of(Mode.values()).flatMap(m -> SampleValues.ALL.stream().map(s -> Arguments.of(m, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modesAndSamples")
    void everyTypeAsAResult(Mode mode, Sample sample) throws Exception {
        assumeTrue(sample.valueTextIsReady() || (mode == Mode.BINARY && receivedInBinary(sample)),
                "travels as text, which ValueText does not yet write as PostgreSQL does");
        assumeTrue(SampleValues.valueOf(sample) != null, "ValueText cannot read " + sample.type() + " yet");
        try (Connection c = server.connect(mode.urlParameters); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM all_types")) {
            assertThat(rs.next()).isTrue();
            assertValue(rs, sample.column(), sample);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(sample.column())).isNull();
            assertThat(rs.wasNull()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modesAndSamples")
    void everyTypeAsAParameter(Mode mode, Sample sample) throws Exception {
        boolean binaryBothWays = mode == Mode.BINARY && sentInBinary(sample) && receivedInBinary(sample);
        assumeTrue(sample.valueTextIsReady() || binaryBothWays,
                "travels as text, which ValueText does not yet read and write as PostgreSQL does");
        try (Connection c = server.connect(mode.urlParameters);
                PreparedStatement ps = c.prepareStatement("SELECT ?::" + sample.type() + " AS " + sample.column())) {
            for (int round = 0; round < 2; round++) { // the second round uses the named statement where there is one
                setParameter(c, ps, sample);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertValue(rs, sample.column(), sample);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"EXTENDED", "NAMED_STATEMENTS", "BINARY"})
    void fetchSize_withAutocommitOff_fetchesInChunks(Mode mode) throws Exception {
        int limitedBefore = server.sessions.limitedExecutions.get();
        try (Connection c = server.connect(mode.urlParameters)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(10);
                List<Integer> values = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM generate_series(1, 95)")) {
                    while (rs.next()) {
                        values.add(rs.getInt(1));
                    }
                }
                assertThat(values).hasSize(95).startsWith(1, 2, 3).endsWith(94, 95);
            }
            c.commit();
        }
        assertThat(server.sessions.limitedExecutions.get() - limitedBefore).as("Executes with a row limit").isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void batchOfInserts(Mode mode) throws Exception {
        try (Connection c = server.connect(mode.urlParameters)) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM t");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?::int4, ?::text)")) {
                for (int i = 0; i < 50; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "row " + i);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                assertThat(counts).hasSize(50).containsOnly(1);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(50);
            }
            synchronized (server.sessions.table) {
                assertThat(server.sessions.table.get(49)).containsExactly(49, "row 49");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void errors_carrySqlStateDetailHintAndPosition_andTheConnectionGoesOn(Mode mode) throws Exception {
        try (Connection c = server.connect(mode.urlParameters); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT raise('22012', 'division by zero', 8)"))
                    .isInstanceOfSatisfying(PSQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("22012");
                        assertThat(e.getServerErrorMessage().getMessage()).isEqualTo("division by zero");
                        assertThat(e.getServerErrorMessage().getDetail()).isEqualTo("some detail");
                        assertThat(e.getServerErrorMessage().getHint()).isEqualTo("some hint");
                        assertThat(e.getServerErrorMessage().getPosition()).isEqualTo(8);
                        assertThat(e.getServerErrorMessage().getSeverity()).isEqualTo("ERROR");
                    });
            assertThatThrownBy(() -> s.executeQuery("FOO")).isInstanceOfSatisfying(PSQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("42601");
                assertThat(e.getServerErrorMessage().getPosition()).isEqualTo(1);
            });
            try (ResultSet rs = s.executeQuery("SELECT 2")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void failedTransaction_isRolledBack(Mode mode) throws Exception {
        try (Connection c = server.connect(mode.urlParameters); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> s.executeQuery("SELECT raise('22012', 'division by zero')"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeQuery("SELECT 1"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25P02"));
            c.rollback();
            try (ResultSet rs = s.executeQuery("SELECT 3")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
            c.commit();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"SIMPLE", "EXTENDED"})
    void cancel_stopsTheRunningStatement(Mode mode) throws Exception {
        try (Connection c = server.connect(mode.urlParameters); Statement s = c.createStatement()) {
            CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
                try {
                    s.executeQuery("SELECT sleep(20000)");
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> server.sessions.sleeping.get() > 0);
            s.cancel();
            Throwable failure = outcome.get(10, TimeUnit.SECONDS);
            assertThat(failure).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("57014"));
            try (ResultSet rs = s.executeQuery("SELECT 4")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
        }
    }

    @Test
    void notices_becomeWarnings() throws Exception {
        try (Connection c = server.connect(""); Statement s = c.createStatement()) {
            s.executeQuery("SELECT notice('careful')").close();
            assertThat((Object) s.getWarnings()).isNotNull();
            assertThat(s.getWarnings().getMessage()).isEqualTo("careful");
        }
    }

    @Test
    void resultSetMetaData_showsTypesAndModifiers() throws Exception {
        try (Connection c = server.connect(""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM all_types")) {
            ResultSetMetaData md = rs.getMetaData();
            int numeric = rs.findColumn("c_numeric_10_2");
            assertThat(md.getColumnType(numeric)).isEqualTo(Types.NUMERIC);
            assertThat(md.getPrecision(numeric)).isEqualTo(10);
            assertThat(md.getScale(numeric)).isEqualTo(2);
            int varchar = rs.findColumn("c_varchar");
            assertThat(md.getColumnTypeName(varchar)).isEqualTo("varchar");
            assertThat(md.getPrecision(varchar)).isEqualTo(20);
            assertThat(md.getColumnTypeName(rs.findColumn("c_timestamptz"))).isEqualTo("timestamptz");
            assertThat(md.getColumnType(rs.findColumn("c_int4_array"))).isEqualTo(Types.ARRAY);
        }
    }

    @Test
    void applicationName_isReportedAndFollowsSet() throws Exception {
        try (Connection c = server.connect("ApplicationName=jdbc-test"); Statement s = c.createStatement()) {
            assertThat(c.getClientInfo("ApplicationName")).isEqualTo("jdbc-test");
            s.execute("SET application_name = 'changed'");
            assertThat(c.getClientInfo("ApplicationName")).isEqualTo("changed");
        }
    }

    /** Types pgjdbc asks to receive in binary when binary transfer is on. */
    private static boolean receivedInBinary(Sample sample) {
        return switch (sample.column()) {
            case "c_int2", "c_int4", "c_int8", "c_float4", "c_float8", "c_numeric", "c_numeric_10_2", "c_date",
                    "c_time", "c_timestamp", "c_timestamptz", "c_bytea", "c_int4_array", "c_text_array" -> true;
            default -> false;
        };
    }

    /** Types pgjdbc sends in binary when binary transfer is on (bytea always). */
    private static boolean sentInBinary(Sample sample) {
        return switch (sample.column()) {
            case "c_int2", "c_int4", "c_int8", "c_float4", "c_float8", "c_bytea" -> true;
            default -> false;
        };
    }

    private static void setParameter(Connection c, PreparedStatement ps, Sample sample) throws SQLException {
        Object v = SampleValues.valueOf(sample);
        switch (sample.column()) {
            case "c_bool" -> ps.setBoolean(1, (Boolean) v);
            case "c_int2" -> ps.setShort(1, (Short) v);
            case "c_int4" -> ps.setInt(1, (Integer) v);
            case "c_int8" -> ps.setLong(1, (Long) v);
            case "c_float4" -> ps.setFloat(1, (Float) v);
            case "c_float8" -> ps.setDouble(1, (Double) v);
            case "c_numeric", "c_numeric_10_2" -> ps.setBigDecimal(1, (BigDecimal) v);
            case "c_text", "c_varchar" -> ps.setString(1, (String) v);
            case "c_date" -> ps.setObject(1, LocalDate.of(2024, 2, 29));
            case "c_time" -> ps.setObject(1, LocalTime.of(12, 34, 56, 789_000_000));
            case "c_timestamp" -> ps.setObject(1, LocalDateTime.of(2024, 2, 29, 12, 34, 56, 789_012_000));
            case "c_timestamptz" -> ps.setObject(1, OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
            case "c_bytea" -> ps.setBytes(1, new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef});
            case "c_int4_array" -> ps.setArray(1, c.createArrayOf("int4", new Integer[] {1, null, 3}));
            case "c_text_array" -> ps.setArray(1, c.createArrayOf("text", new String[] {"a", "b c"}));
            default -> ps.setObject(1, sample.pgText(), Types.OTHER);
        }
    }

    private static void assertValue(ResultSet rs, String column, Sample sample) throws SQLException {
        switch (sample.column()) {
            case "c_bool" -> assertThat(rs.getBoolean(column)).isTrue();
            case "c_int2" -> assertThat(rs.getShort(column)).isEqualTo((short) -2);
            case "c_int4" -> assertThat(rs.getInt(column)).isEqualTo(42);
            case "c_int8" -> assertThat(rs.getLong(column)).isEqualTo(9_000_000_000L);
            case "c_float4" -> assertThat(rs.getFloat(column)).isEqualTo(1.5f);
            case "c_float8" -> assertThat(rs.getDouble(column)).isEqualTo(-2.25);
            case "c_numeric", "c_numeric_10_2" -> assertThat(rs.getBigDecimal(column)).isEqualTo(sample.value());
            case "c_text", "c_varchar" -> assertThat(rs.getString(column)).isEqualTo(sample.value());
            case "c_date" -> assertThat(rs.getObject(column, LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
            case "c_time" -> assertThat(rs.getObject(column, LocalTime.class)).isEqualTo(LocalTime.of(12, 34, 56, 789_000_000));
            case "c_timestamp" -> assertThat(rs.getObject(column, LocalDateTime.class))
                    .isEqualTo(LocalDateTime.of(2024, 2, 29, 12, 34, 56, 789_012_000));
            case "c_timestamptz" -> assertThat(rs.getObject(column, OffsetDateTime.class).toInstant())
                    .isEqualTo(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
            case "c_bytea" -> assertThat(rs.getBytes(column)).containsExactly(0xde, 0xad, 0xbe, 0xef);
            case "c_int4_array" -> {
                Array array = rs.getArray(column);
                assertThat((Object[]) array.getArray()).containsExactly(1, null, 3);
            }
            case "c_text_array" -> {
                Array array = rs.getArray(column);
                assertThat((Object[]) array.getArray()).containsExactly("a", "b c");
            }
            default -> assertThat(rs.getString(column)).isEqualTo(sample.pgText());
        }
    }
}
