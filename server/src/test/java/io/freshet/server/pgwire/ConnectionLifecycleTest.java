package io.freshet.server.pgwire;

import static io.freshet.server.pgwire.RawPgClient.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.freshet.server.pgwire.RawPgClient.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connections over real sockets from startup to end: the startup handshake, refused
 * encryption, protocol negotiation, and clients that break the framing, which lose their own
 * connection while every other connection goes on.
 */
class ConnectionLifecycleTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer(PgServerConfig.defaults().withMaxMessageSize(64 * 1024));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void startup_answersAuthenticationOkParametersKeyDataAndReadyForQuery() throws Exception {
        try (RawPgClient client = new RawPgClient(server.port)) {
            client.startup("user", "freshet", "database", "freshet", "application_name", "lifecycle-test");
            List<Message> answer = client.readUntilReady();

            assertThat(answer.get(0).type()).isEqualTo('R');
            assertThat(answer.get(0).payload()).containsExactly(0, 0, 0, 0);
            assertThat(answer.stream().filter(m -> m.type() == 'S').map(Message::text)).contains(
                    "server_version=15.0", "server_encoding=UTF8", "client_encoding=UTF8", "DateStyle=ISO, MDY",
                    "integer_datetimes=on", "standard_conforming_strings=on", "IntervalStyle=postgres",
                    "TimeZone=UTC", "application_name=lifecycle-test", "session_authorization=freshet");
            assertThat(types(answer)).matches("RS+KZ");
            assertThat(answer.get(answer.size() - 1).payload()).containsExactly('I');
        }
    }

    @Test
    void sslAndGssEncRequests_areRefusedWithN_thenStartupProceeds() throws Exception {
        try (RawPgClient client = new RawPgClient(server.port)) {
            client.sendRequest(PgDecoder.GSSENC_REQUEST_CODE);
            assertThat(client.readByte()).isEqualTo('N');
            client.sendRequest(PgDecoder.SSL_REQUEST_CODE);
            assertThat(client.readByte()).isEqualTo('N');
            client.startup("user", "freshet");
            assertThat(types(client.readUntilReady())).matches("RS+KZ");
        }
    }

    @Test
    void newerMinorVersionAndProtocolOptions_areNegotiatedDownTo30() throws Exception {
        try (RawPgClient client = new RawPgClient(server.port)) {
            client.sendStartup(3 << 16 | 2, "user", "freshet", "_pq_.some_option", "x");
            List<Message> answer = client.readUntilReady();
            assertThat(answer.get(0).type()).isEqualTo('v');
            assertThat(answer.get(0).payload()).containsExactly(
                    0, 0, 0, 0, 0, 0, 0, 1, '_', 'p', 'q', '_', '.', 's', 'o', 'm', 'e', '_', 'o', 'p', 't', 'i', 'o', 'n', 0);
            assertThat(types(answer)).matches("vRS+KZ");
        }
    }

    @Test
    void unsupportedProtocolVersion_getsFatalErrorAndClose() throws Exception {
        try (RawPgClient client = new RawPgClient(server.port)) {
            client.sendStartup(2 << 16, "user", "freshet");
            List<Message> answer = client.readUntilClosed();
            assertThat(types(answer)).isEqualTo("E");
            assertThat(answer.get(0).fields()).containsEntry('S', "FATAL").containsEntry('C', "0A000");
        }
    }

    @Test
    void refusedSession_getsFatalErrorFromTheFactoryAndClose() throws Exception {
        try (RawPgClient client = new RawPgClient(server.port)) {
            client.startup("user", "freshet", "database", "no_such_database");
            List<Message> answer = client.readUntilClosed();
            assertThat(types(answer)).isEqualTo("E");
            assertThat(answer.get(0).fields()).containsEntry('S', "FATAL")
                    .containsEntry('M', "database \"no_such_database\" does not exist");
        }
    }

    @Test
    void garbageAfterStartup_closesOnlyThatConnection() throws Exception {
        try (RawPgClient bystander = RawPgClient.connected(server.port);
                RawPgClient vandal = RawPgClient.connected(server.port)) {
            vandal.sendRaw("GARBAGE GARBAGE GARBAGE".getBytes(StandardCharsets.US_ASCII));
            List<Message> answer = vandal.readUntilClosed();
            assertThat(types(answer)).isEqualTo("E");
            assertThat(answer.get(0).fields()).containsEntry('S', "FATAL").containsEntry('C', "08P01")
                    .containsEntry('M', "invalid frontend message type 71");

            assertSelectOneWorks(bystander);
            try (RawPgClient newcomer = RawPgClient.connected(server.port)) {
                assertSelectOneWorks(newcomer);
            }
        }
    }

    @Test
    void httpRequestInsteadOfStartup_isRefused() throws Exception {
        try (RawPgClient client = new RawPgClient(server.port)) {
            client.sendRaw("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            List<Message> answer = client.readUntilClosed();
            assertThat(answer).hasSize(1);
            assertThat(answer.get(0).fields()).containsEntry('C', "08P01")
                    .containsEntry('M', "invalid length of startup packet");
        }
    }

    @Test
    void oversizedStartupPacket_isRefused() throws Exception {
        try (RawPgClient client = new RawPgClient(server.port)) {
            client.sendRaw(new RawPgClient.Payload().int32(10_001).int32(3 << 16).bytes());
            List<Message> answer = client.readUntilClosed();
            assertThat(answer.get(0).fields()).containsEntry('C', "08P01");
        }
    }

    @Test
    void messageOverTheLimit_isRefusedAndOthersKeepWorking() throws Exception {
        try (RawPgClient bystander = RawPgClient.connected(server.port);
                RawPgClient client = RawPgClient.connected(server.port)) {
            // Only the header: the server must not wait for the 100 KB it announces.
            client.sendRaw(new RawPgClient.Payload().int8('Q').int32(100_000).bytes());
            List<Message> answer = client.readUntilClosed();
            assertThat(answer.get(0).fields()).containsEntry('S', "FATAL").containsEntry('C', "08P01")
                    .containsEntry('M', "message of 100000 bytes exceeds the limit of 65536 bytes");
            assertSelectOneWorks(bystander);
        }
    }

    @Test
    void messageLengthUnder4_isRefused() throws Exception {
        try (RawPgClient client = RawPgClient.connected(server.port)) {
            client.sendRaw(new RawPgClient.Payload().int8('Q').int32(2).bytes());
            assertThat(client.readUntilClosed().get(0).fields()).containsEntry('M', "invalid message length 2");
        }
    }

    @Test
    void malformedPayload_isAnErrorButTheConnectionGoesOn() throws Exception {
        try (RawPgClient client = RawPgClient.connected(server.port)) {
            client.send('E', new byte[] {'x'}); // portal name without terminator, no row count
            client.sync();
            List<Message> answer = client.readUntilReady();
            assertThat(types(answer)).isEqualTo("EZ");
            assertThat(answer.get(0).fields()).containsEntry('S', "ERROR").containsEntry('C', "08P01");
            assertSelectOneWorks(client);
        }
    }

    @Test
    void framesSplitAcrossWrites_areReassembled() throws Exception {
        try (RawPgClient client = RawPgClient.connected(server.port)) {
            byte[] query = RawPgClient.message('Q', "SELECT 7\0".getBytes(StandardCharsets.US_ASCII));
            for (byte b : query) {
                client.sendRaw(new byte[] {b});
                Thread.sleep(2);
            }
            List<Message> answer = client.readUntilReady();
            assertThat(types(answer)).isEqualTo("TDCZ");
            assertThat(answer.get(1).texts()).containsExactly("7");
        }
    }

    @Test
    void cancelRequest_closesItsConnectionWithoutAnswer() throws Exception {
        int before = server.sessions.cancelRequests.get();
        try (RawPgClient client = new RawPgClient(server.port)) {
            client.sendRaw(new RawPgClient.Payload().int32(16).int32(PgDecoder.CANCEL_REQUEST_CODE).int32(1).int32(2).bytes());
            assertThat(client.readUntilClosed()).isEmpty();
        }
        assertThat(server.sessions.cancelRequests.get()).isEqualTo(before + 1);
    }

    @Test
    void terminate_closesTheSession() throws Exception {
        int closedBefore = server.sessions.sessionsClosed.get();
        try (RawPgClient client = RawPgClient.connected(server.port)) {
            client.terminate();
            assertThat(client.readUntilClosed()).isEmpty();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> server.sessions.sessionsClosed.get() > closedBefore);
    }

    @Test
    void oneConnectionOverTheLimit_isToldTooManyClients() throws Exception {
        try (RunningServer small = new RunningServer(PgServerConfig.defaults().withMaxConnections(1));
                RawPgClient first = RawPgClient.connected(small.port);
                RawPgClient second = new RawPgClient(small.port)) {
            second.startup("user", "freshet");
            List<Message> answer = second.readUntilClosed();
            assertThat(answer.get(0).fields()).containsEntry('S', "FATAL").containsEntry('C', "53300")
                    .containsEntry('M', "sorry, too many clients already");
            assertSelectOneWorks(first);
        }
    }

    @Test
    void stop_tellsClientsAdministratorShutdownAndClosesSessions() throws Exception {
        RunningServer stopping = new RunningServer();
        try (RawPgClient client = RawPgClient.connected(stopping.port)) {
            stopping.close();
            List<Message> answer = client.readUntilClosed();
            assertThat(answer).hasSize(1);
            assertThat(answer.get(0).fields()).containsEntry('S', "FATAL").containsEntry('C', "57P01");
            assertThat(stopping.sessions.sessionsClosed.get()).isEqualTo(1);
            assertThat(stopping.server.port()).isEqualTo(-1);
        }
    }

    static void assertSelectOneWorks(RawPgClient client) throws Exception {
        client.query("SELECT 1");
        List<Message> answer = client.readUntilReady();
        assertThat(types(answer)).isEqualTo("TDCZ");
        assertThat(answer.get(1).texts()).containsExactly("1");
    }
}
