package io.freshet.server.pgwire;

import static io.freshet.server.pgwire.RawPgClient.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.server.pgwire.RawPgClient.Message;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simple query protocol (Query) message by message over a raw socket. */
class SimpleQueryProtocolTest {
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
    void everyStatementOfTheString_getsItsOwnDescriptionRowsAndTag_thenOneReadyForQuery() throws Exception {
        List<Message> answer = query("SELECT 1; SELECT 'a' AS x, NULL AS y");
        assertThat(types(answer)).isEqualTo("TDCTDCZ");
        assertThat(answer.get(0).columns()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("?column?");
            assertThat(c.typeOid()).isEqualTo(23);
            assertThat(c.typlen()).isEqualTo((short) 4);
            assertThat(c.format()).isZero();
        });
        assertThat(answer.get(2).text()).isEqualTo("SELECT 1");
        assertThat(answer.get(3).columns()).extracting(RawPgClient.Column::name).containsExactly("x", "y");
        assertThat(answer.get(4).texts()).containsExactly("a", null);
    }

    @Test
    void executionError_stopsTheString_withAllErrorFields() throws Exception {
        List<Message> answer = query("SELECT 1; SELECT raise('22012', 'division by zero', 8); SELECT 2");
        assertThat(types(answer)).isEqualTo("TDCTEZ");
        assertThat(answer.get(4).fields()).containsExactly(
                java.util.Map.entry('S', "ERROR"), java.util.Map.entry('V', "ERROR"),
                java.util.Map.entry('C', "22012"), java.util.Map.entry('M', "division by zero"),
                java.util.Map.entry('D', "some detail"), java.util.Map.entry('H', "some hint"),
                java.util.Map.entry('P', "8"));
    }

    @Test
    void syntaxErrorAnywhere_runsNothing() throws Exception {
        List<Message> answer = query("SELECT 1; FOO BAR");
        assertThat(types(answer)).isEqualTo("EZ");
        assertThat(answer.get(0).fields()).containsEntry('C', "42601").containsEntry('P', "1")
                .containsEntry('M', "syntax error at or near \"FOO\"");
    }

    @Test
    void emptyString_getsEmptyQueryResponse() throws Exception {
        assertThat(types(query(""))).isEqualTo("IZ");
        assertThat(types(query("  ;  ; "))).isEqualTo("IZ");
    }

    @Test
    void commands_getTheirTagAndNoRowDescription() throws Exception {
        List<Message> begin = query("BEGIN");
        assertThat(types(begin)).isEqualTo("CZ");
        assertThat(begin.get(0).text()).isEqualTo("BEGIN");
        assertThat(begin.get(1).payload()).containsExactly('T');
        assertThat(query("COMMIT").get(1).payload()).containsExactly('I');
    }

    @Test
    void changedReportedParameter_isSentAgainBeforeReadyForQuery() throws Exception {
        List<Message> answer = query("SET application_name = 'renamed'");
        assertThat(types(answer)).isEqualTo("CSZ");
        assertThat(answer.get(1).text()).isEqualTo("application_name=renamed");
        assertThat(types(query("SELECT 1"))).isEqualTo("TDCZ");
    }

    @Test
    void notice_arrivesBetweenTheRows() throws Exception {
        List<Message> answer = query("SELECT notice('hi there')");
        assertThat(types(answer)).isEqualTo("TNDCZ");
        assertThat(answer.get(1).fields()).containsEntry('S', "NOTICE").containsEntry('V', "NOTICE")
                .containsEntry('C', "00000").containsEntry('M', "hi there");
    }

    @Test
    void nonSqlException_isInternalError_andTheConnectionGoesOn() throws Exception {
        List<Message> answer = query("SELECT internal_bug()");
        assertThat(types(answer)).isEqualTo("TEZ");
        assertThat(answer.get(1).fields()).containsEntry('C', "XX000")
                .containsEntry('M', "boom: a bug, not an SQL error");
        ConnectionLifecycleTest.assertSelectOneWorks(client);
    }

    @Test
    void errorInTransactionBlock_failsTheTransactionUntilRollback() throws Exception {
        query("BEGIN");
        List<Message> failed = query("SELECT raise('22012', 'division by zero')");
        assertThat(failed.get(failed.size() - 1).payload()).containsExactly('E');
        List<Message> ignored = query("SELECT 1");
        assertThat(ignored.stream().filter(m -> m.type() == 'E').findFirst().orElseThrow().fields())
                .containsEntry('C', "25P02");
        List<Message> rollback = query("ROLLBACK");
        assertThat(rollback.get(0).text()).isEqualTo("ROLLBACK");
        assertThat(rollback.get(1).payload()).containsExactly('I');
    }

    @Test
    void functionCall_isNotSupported_andEndsWithReadyForQuery() throws Exception {
        client.send('F', new RawPgClient.Payload().int32(1234).int16(0).int16(0).int16(0).bytes());
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("EZ");
        assertThat(answer.get(0).fields()).containsEntry('C', "0A000");
    }

    private List<Message> query(String sql) throws Exception {
        client.query(sql);
        return client.readUntilReady();
    }
}
