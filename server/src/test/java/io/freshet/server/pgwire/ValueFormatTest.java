package io.freshet.server.pgwire;

import static io.freshet.server.pgwire.RawPgClient.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.freshet.server.pgwire.RawPgClient.Message;
import io.freshet.server.pgwire.SampleValues.Sample;
import io.freshet.server.pgwire.types.PgType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every supported type as a result and as a parameter, in text and in binary, compared byte
 * for byte with what PostgreSQL 15 sends for the same value ({@link SampleValues}). Text-format
 * cases wait (are skipped) for types that the executor's ValueText does not yet format and
 * parse as PostgreSQL does.
 */
class ValueFormatTest {
    private static final int TEXT = 0;
    private static final int BINARY = 1;
    static final List<Sample> SAMPLES = SampleValues.ALL;
    private static RunningServer server;
    private RawPgClient client;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void connect() throws Exception {
        client = RawPgClient.connected(server.port);
    }

    @AfterEach
    void disconnect() throws Exception {
        client.close();
    }

    @Test
    void rowDescription_givesPostgresTypeOidsLengthsAndModifiers() throws Exception {
        client.parse("", "SELECT * FROM all_types");
        client.describe('S', "");
        client.sync();
        List<RawPgClient.Column> columns = client.readUntilReady().get(2).columns();
        assertThat(columns).hasSize(SAMPLES.size());
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample sample = SAMPLES.get(i);
            RawPgClient.Column column = columns.get(i);
            assertThat(column.name()).isEqualTo(sample.column());
            assertThat(column.typeOid()).as(sample.column()).isEqualTo(PgType.oidOf(sample.type()));
            assertThat(column.typmod()).as(sample.column()).isEqualTo(PgType.typmodOf(sample.type()));
            assertThat(column.typlen()).as(sample.column()).isEqualTo((short) PgType.typlenOf(sample.type()));
        }
        assertThat(columns.get(SAMPLES.indexOf(SampleValues.named("c_varchar"))).typmod()).isEqualTo(24);
        assertThat(columns.get(SAMPLES.indexOf(SampleValues.named("c_numeric_10_2"))).typmod()).isEqualTo((10 << 16 | 2) + 4);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SAMPLES")
    void binaryResult_isWhatPostgresSends(Sample sample) throws Exception {
        assumeTrue(SampleValues.valueOf(sample) != null, "ValueText cannot read " + sample.type() + " yet");
        List<Message> rows = allTypes(BINARY);
        int column = SAMPLES.indexOf(sample);
        assertThat(rows.get(0).values().get(column)).isEqualTo(sample.pgBinary());
        assertThat(rows.get(1).values().get(column)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SAMPLES")
    void textResult_isWhatPostgresSends(Sample sample) throws Exception {
        assumeTrue(sample.valueTextIsReady(), "ValueText does not yet match PostgreSQL for " + sample.type());
        List<Message> rows = allTypes(TEXT);
        int column = SAMPLES.indexOf(sample);
        assertThat(rows.get(0).texts().get(column)).isEqualTo(sample.pgText());
        assertThat(rows.get(1).values().get(column)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SAMPLES")
    void binaryParameter_isDecodedAndEchoedBack(Sample sample) throws Exception {
        assumeTrue(sample.type().kind() != io.freshet.executor.type.TypeKind.JSONB || sample.valueTextIsReady(),
                "jsonb's binary form holds its text, which ValueText cannot handle yet");
        Message row = echo(sample, BINARY, sample.pgBinary(), BINARY);
        assertThat(row.values().get(0)).isEqualTo(sample.pgBinary());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SAMPLES")
    void textParameter_isDecodedAndEchoedBack(Sample sample) throws Exception {
        assumeTrue(sample.valueTextIsReady(), "ValueText does not yet match PostgreSQL for " + sample.type());
        Message row = echo(sample, TEXT, sample.pgText().getBytes(StandardCharsets.UTF_8), TEXT);
        assertThat(row.texts().get(0)).isEqualTo(sample.pgText());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SAMPLES")
    void textParameter_echoedInBinary_isWhatPostgresSends(Sample sample) throws Exception {
        assumeTrue(sample.valueTextIsReady(), "ValueText does not yet match PostgreSQL for " + sample.type());
        Message row = echo(sample, TEXT, sample.pgText().getBytes(StandardCharsets.UTF_8), BINARY);
        assertThat(row.values().get(0)).isEqualTo(sample.pgBinary());
    }

    @Test
    void nullParameter_staysNull() throws Exception {
        client.parse("", "SELECT $1::int4");
        client.bind("", "", new int[] {BINARY}, new byte[][] {null}, new int[] {BINARY});
        client.execute("", 0);
        client.sync();
        assertThat(client.readUntilReady().get(2).values()).containsExactly((byte[]) null);
    }

    @Test
    void parameterOfUnknownType_arrivesAsText_inEitherFormat() throws Exception {
        client.parse("", "SELECT $1, $2");
        client.bind("", "", new int[] {TEXT, BINARY}, new byte[][] {"héllo".getBytes(StandardCharsets.UTF_8),
                "wörld".getBytes(StandardCharsets.UTF_8)}, new int[0]);
        client.execute("", 0);
        client.sync();
        assertThat(client.readUntilReady().get(2).texts()).containsExactly("héllo", "wörld");
    }

    @Test
    void invalidUtf8Parameter_isRefused() throws Exception {
        client.parse("", "SELECT $1::text");
        client.bind("", "", new int[] {TEXT}, new byte[][] {{(byte) 0xc3, 0x28}}, new int[0]);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("1EZ");
        assertThat(answer.get(1).fields().get('M')).contains("invalid byte sequence for encoding \"UTF8\"");
    }

    private List<Message> allTypes(int format) throws Exception {
        client.parse("", "SELECT * FROM all_types");
        client.bind("", "", new int[0], new byte[0][], new int[] {format});
        client.execute("", 0);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("12DDCZ");
        return answer.subList(2, 4);
    }

    private Message echo(Sample sample, int parameterFormat, byte[] value, int resultFormat) throws Exception {
        client.parse("", "SELECT $1::" + sample.type());
        client.bind("", "", new int[] {parameterFormat}, new byte[][] {value}, new int[] {resultFormat});
        client.execute("", 0);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).as(answer.toString()).isEqualTo("12DCZ");
        return answer.get(2);
    }
}
