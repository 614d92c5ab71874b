package io.freshet.server.pgwire;

import static io.freshet.server.pgwire.RawPgClient.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.server.pgwire.RawPgClient.Message;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The extended query protocol (Parse, Bind, Describe, Execute, Close, Sync, Flush) message by
 * message over a raw socket: answers, errors, and the lifetimes of statements and portals.
 */
class ExtendedQueryProtocolTest {
    private static final int[] NONE = new int[0];
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
    void parseBindDescribeExecuteSync_answersEachStep() throws Exception {
        client.parse("", "SELECT $1::int4 AS a, $2 AS b", 0, 25);
        client.bind("", "", NONE, new byte[][] {text("5"), text("x")}, NONE);
        client.describe('P', "");
        client.execute("", 0);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("12TDCZ");
        assertThat(answer.get(2).columns()).extracting(RawPgClient.Column::name, RawPgClient.Column::typeOid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 23), org.assertj.core.groups.Tuple.tuple("b", 25));
        assertThat(answer.get(3).texts()).containsExactly("5", "x");
        assertThat(answer.get(4).text()).isEqualTo("SELECT 1");
    }

    @Test
    void describeStatement_sendsParameterTypesThenRowDescriptionOrNoData() throws Exception {
        client.parse("s1", "SELECT $1::int8, $2", 0, 1043);
        client.describe('S', "s1");
        client.parse("s2", "BEGIN");
        client.describe('S', "s2");
        client.parse("s3", "SELECT $1");
        client.describe('S', "s3");
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("1tT1tn1tTZ");
        assertThat(answer.get(1).parameterOids()).containsExactly(20, 1043);
        assertThat(answer.get(2).columns()).extracting(RawPgClient.Column::typeOid).containsExactly(20, 25);
        assertThat(answer.get(4).parameterOids()).isEmpty();
        assertThat(answer.get(7).parameterOids()).as("undetermined types are described as text").containsExactly(25);
    }

    @Test
    void errorSkipsEverythingUntilSync() throws Exception {
        client.parse("", "FOO");
        client.bind("", "");
        client.describe('P', "");
        client.execute("", 0);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("EZ");
        assertThat(answer.get(0).fields()).containsEntry('C', "42601").containsEntry('P', "1");

        client.parse("", "SELECT 1");
        client.bind("", "");
        client.execute("", 0);
        client.sync();
        assertThat(types(client.readUntilReady())).isEqualTo("12DCZ");
    }

    @Test
    void executeWithRowLimit_suspendsAndResumes() throws Exception {
        client.parse("", "SELECT * FROM generate_series(1, 5)");
        client.bind("c1", "");
        client.execute("c1", 2);
        client.execute("c1", 2);
        client.execute("c1", 2);
        client.execute("c1", 2);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("12DDsDDsDCCZ");
        assertThat(answer.get(8).texts()).containsExactly("5");
        assertThat(answer.get(9).text()).isEqualTo("SELECT 5");
        assertThat(answer.get(10).text()).as("a finished portal fetches nothing more").isEqualTo("SELECT 0");
    }

    @Test
    void namedPortal_livesUntilTheEndOfItsTransaction() throws Exception {
        client.query("BEGIN");
        client.readUntilReady();
        client.parse("", "SELECT * FROM generate_series(1, 3)");
        client.bind("cursor", "");
        client.execute("cursor", 1);
        client.sync();
        assertThat(types(client.readUntilReady())).isEqualTo("12DsZ");
        client.execute("cursor", 0);
        client.sync();
        List<Message> rest = client.readUntilReady();
        assertThat(types(rest)).isEqualTo("DDCZ");
        assertThat(rest.get(3).payload()).containsExactly('T');

        client.query("COMMIT");
        client.readUntilReady();
        client.execute("cursor", 0);
        client.sync();
        List<Message> gone = client.readUntilReady();
        assertThat(types(gone)).isEqualTo("EZ");
        assertThat(gone.get(0).fields()).containsEntry('C', "34000").containsEntry('M', "portal \"cursor\" does not exist");
    }

    @Test
    void unnamedPortal_isReplacedByTheNextBind_andGoneAfterSync() throws Exception {
        client.parse("", "SELECT * FROM generate_series(1, 3)");
        client.bind("", "");
        client.execute("", 1);
        client.bind("", "");
        client.execute("", 0);
        client.sync();
        assertThat(types(client.readUntilReady())).as("second bind starts over").isEqualTo("12Ds2DDDCZ");
        client.execute("", 0);
        client.sync();
        assertThat(client.readUntilReady().get(0).fields()).containsEntry('C', "34000");
    }

    @Test
    void namedStatement_persistsAcrossSyncsUntilClosed() throws Exception {
        client.parse("stmt", "SELECT $1::int4");
        client.sync();
        assertThat(types(client.readUntilReady())).isEqualTo("1Z");
        client.bind("", "stmt", NONE, new byte[][] {text("3")}, NONE);
        client.execute("", 0);
        client.sync();
        assertThat(types(client.readUntilReady())).isEqualTo("2DCZ");

        client.parse("stmt", "SELECT 2");
        client.sync();
        assertThat(client.readUntilReady().get(0).fields()).containsEntry('C', "42P05")
                .containsEntry('M', "prepared statement \"stmt\" already exists");

        client.close('S', "stmt");
        client.close('S', "never_existed");
        client.bind("", "stmt", NONE, new byte[][] {text("3")}, NONE);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("33EZ");
        assertThat(answer.get(2).fields()).containsEntry('C', "26000");
    }

    @Test
    void closingAStatement_closesItsPortals() throws Exception {
        client.query("BEGIN");
        client.readUntilReady();
        client.parse("s", "SELECT 1");
        client.bind("p", "s");
        client.close('S', "s");
        client.execute("p", 0);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("123EZ");
        assertThat(answer.get(3).fields()).containsEntry('C', "34000");
    }

    @Test
    void duplicatePortalName_isAnError() throws Exception {
        client.query("BEGIN");
        client.readUntilReady();
        client.parse("", "SELECT 1");
        client.bind("p", "");
        client.bind("p", "");
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("12EZ");
        assertThat(answer.get(2).fields()).containsEntry('C', "42P03");
    }

    @Test
    void closePortal_thenExecute_isAnError() throws Exception {
        client.parse("", "SELECT 1");
        client.bind("", "");
        client.close('P', "");
        client.execute("", 0);
        client.sync();
        assertThat(types(client.readUntilReady())).isEqualTo("123EZ");
    }

    @Test
    void wrongNumberOfParameters_isAProtocolViolation() throws Exception {
        client.parse("", "SELECT $1::int4, $2::int4");
        client.bind("", "", NONE, new byte[][] {text("1")}, NONE);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(answer.get(1).fields()).containsEntry('C', "08P01")
                .containsEntry('M', "bind message supplies 1 parameters, but prepared statement \"\" requires 2");
    }

    @Test
    void badBinaryParameter_isInvalidBinaryRepresentationNamingTheParameter() throws Exception {
        client.parse("", "SELECT $1::int4");
        client.bind("", "", new int[] {1}, new byte[][] {{0, 1}}, NONE);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(answer.get(1).fields()).containsEntry('C', "22P03")
                .containsEntry('M', "incorrect binary data format in bind parameter 1");
    }

    @Test
    void unknownParameterTypeOid_isAnError() throws Exception {
        client.parse("", "SELECT $1", 2950);
        client.sync();
        assertThat(client.readUntilReady().get(0).fields()).containsEntry('C', "42704");
    }

    @Test
    void emptyStatement_describesAsNoData_andExecutesAsEmptyQuery() throws Exception {
        client.parse("", "");
        client.bind("", "");
        client.describe('P', "");
        client.execute("", 0);
        client.sync();
        assertThat(types(client.readUntilReady())).isEqualTo("12nIZ");
    }

    @Test
    void resultFormats_perColumn() throws Exception {
        client.parse("", "SELECT 1 AS a, 2 AS b");
        client.bind("", "", NONE, new byte[0][], new int[] {0, 1});
        client.describe('P', "");
        client.execute("", 0);
        client.sync();
        List<Message> answer = client.readUntilReady();
        assertThat(answer.get(2).columns()).extracting(RawPgClient.Column::format).containsExactly((short) 0, (short) 1);
        assertThat(answer.get(3).values()).containsExactly(text("1"), new byte[] {0, 0, 0, 2});

        client.bind("", "", NONE, new byte[0][], new int[] {0, 1, 1});
        client.sync();
        assertThat(client.readUntilReady().get(0).fields()).containsEntry('C', "08P01");
        client.bind("", "", NONE, new byte[0][], new int[] {2});
        client.sync();
        assertThat(client.readUntilReady().get(0).fields()).containsEntry('C', "22023")
                .containsEntry('M', "unsupported format code: 2");
    }

    @Test
    void flush_sendsAnswersWithoutSync() throws Exception {
        client.parse("", "SELECT 1");
        client.flush();
        assertThat(client.read().type()).isEqualTo('1');
        client.sync();
        assertThat(types(client.readUntilReady())).isEqualTo("Z");
    }

    @Test
    void thousandsOfPipelinedMessages_areAllAnswered() throws Exception {
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        batch.write(RawPgClient.message('P', new RawPgClient.Payload().cstring("s").cstring("SELECT $1::int4").int16(0).bytes()));
        int executions = 3000;
        for (int i = 0; i < executions; i++) {
            batch.write(RawPgClient.message('B', new RawPgClient.Payload().cstring("").cstring("s").int16(0).int16(1)
                    .int32(Integer.toString(i).length()).raw(text(Integer.toString(i))).int16(0).bytes()));
            batch.write(RawPgClient.message('E', new RawPgClient.Payload().cstring("").int32(0).bytes()));
        }
        batch.write(RawPgClient.message('S', new byte[0]));
        Thread writer = new Thread(() -> {
            try {
                client.sendRaw(batch.toByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        List<Message> answer = client.readUntilReady();
        writer.join();
        assertThat(answer).hasSize(1 + 3 * executions + 1);
        assertThat(answer.get(answer.size() - 3).texts()).containsExactly(Integer.toString(executions - 1));
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
