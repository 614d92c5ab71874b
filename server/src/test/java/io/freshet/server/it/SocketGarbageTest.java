package io.freshet.server.it;

import static io.freshet.server.it.Sql.exec;
import static io.freshet.server.it.Sql.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that sends garbage ends only its own connection: after random bytes, an oversized
 * length or a truncated frame on a raw socket to the real server, that socket is closed (after
 * at most a FATAL ErrorResponse), while pgjdbc connections opened before keep answering
 * (one of them queries without pause all along) and new ones connect.
 */
class SocketGarbageTest {
    private static final int READ_TIMEOUT_MS = 10_000;

    @TempDir
    static Path dir;

    private static TestServer server;
    private static Connection bystander;

    private Thread busy;
    private final AtomicBoolean stopBusy = new AtomicBoolean();
    private final AtomicInteger busyQueries = new AtomicInteger();
    private final AtomicReference<Throwable> busyFailure = new AtomicReference<>();

    @BeforeAll
    static void start() throws SQLException {
        server = TestServer.start(dir.resolve("data"));
        bystander = server.connect();
        exec(bystander, "create table t (id int primary key, v text)", "insert into t values (1, 'one'), (2, 'two')");
    }

    @AfterAll
    static void stop() throws SQLException {
        if (bystander != null) {
            bystander.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Another client queries the server in a loop during every test. */
    @BeforeEach
    void startBusyClient() throws SQLException {
        Connection c = server.connect();
        busy = new Thread(() -> {
            try (c) {
                while (!stopBusy.get()) {
                    assertThat(rows(c, "select v from t where id = 2")).containsExactly("two");
                    busyQueries.incrementAndGet();
                }
            } catch (Throwable e) {
                busyFailure.set(e);
            }
        }, "busy-client");
        busy.start();
    }

    @AfterEach
    void everyOtherConnectionStillWorks() throws Exception {
        int before = busyQueries.get();
        long deadline = System.currentTimeMillis() + 10_000;
        while (busyQueries.get() < before + 3 && busyFailure.get() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        stopBusy.set(true);
        busy.join(10_000);
        assertThat(busyFailure.get()).as("the busy client failed").isNull();
        assertThat(busyQueries.get()).as("the busy client kept answering").isGreaterThan(before);
        assertThat(rows(bystander, "select v from t order by id")).containsExactly("one", "two");
        try (Connection fresh = server.connect()) {
            exec(fresh, "insert into t values (3, 'three')", "delete from t where id = 3");
            assertThat(rows(fresh, "select count(*) from t")).containsExactly("2");
        }
    }

    // ------------------------------------------------------------------ before the startup message

    @Test
    void randomBytesInsteadOfAStartupMessage() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] garbage = new byte[1 + random.nextInt(8192)];
            random.nextBytes(garbage);
            try (Socket s = socket()) {
                try {
                    write(s, garbage);
                    s.shutdownOutput();
                } catch (SocketException e) {
                    // the server already closed: fine
                }
                assertClosedByServer(s, "random bytes #" + i, false);
            }
        }
    }

    @Test
    void oversizedStartupLength() throws IOException {
        try (Socket s = socket()) {
            write(s, ByteBuffer.allocate(8).putInt(Integer.MAX_VALUE).putInt(196608).array());
            assertClosedByServer(s, "startup length 2^31-1");
        }
        try (Socket s = socket()) {
            write(s, ByteBuffer.allocate(8).putInt(-5).putInt(196608).array());
            assertClosedByServer(s, "negative startup length");
        }
    }

    @Test
    void unsupportedProtocolVersion() throws IOException {
        try (Socket s = socket()) {
            write(s, startupMessage(2 << 16));
            Closed c = assertClosedByServer(s, "protocol 2.0");
            assertThat(c.text()).contains("0A000");
        }
    }

    @Test
    void truncatedStartupMessageThenEndOfStream() throws IOException {
        try (Socket s = socket()) {
            byte[] startup = startupMessage(196608);
            s.getOutputStream().write(startup, 0, startup.length / 2);
            s.getOutputStream().flush();
            s.shutdownOutput();
            assertClosedByServer(s, "half a startup message, then FIN");
        }
    }

    @Test
    void truncatedStartupMessageThenReset() throws IOException {
        Socket s = socket();
        byte[] startup = startupMessage(196608);
        s.getOutputStream().write(startup, 0, 12);
        s.getOutputStream().flush();
        s.setSoLinger(true, 0);
        s.close(); // RST
    }

    // ------------------------------------------------------------------ after a good startup

    @Test
    void oversizedMessageLength() throws IOException {
        try (Socket s = startedSession()) {
            write(s, ByteBuffer.allocate(5).put((byte) 'Q').putInt(Integer.MAX_VALUE - 1).array());
            Closed c = assertClosedByServer(s, "Query of 2^31-2 bytes");
            assertThat(c.text()).as("a FATAL protocol violation").contains("FATAL", "08P01");
        }
    }

    @Test
    void negativeAndTinyMessageLengths() throws IOException {
        for (int length : new int[] {-1, 0, 3}) {
            try (Socket s = startedSession()) {
                write(s, ByteBuffer.allocate(5).put((byte) 'Q').putInt(length).array());
                Closed c = assertClosedByServer(s, "Query of length " + length);
                assertThat(c.text()).contains("08P01");
            }
        }
    }

    @Test
    void unknownMessageType() throws IOException {
        try (Socket s = startedSession()) {
            write(s, ByteBuffer.allocate(9).put((byte) '~').putInt(8).putInt(1234).array());
            Closed c = assertClosedByServer(s, "message type ~");
            assertThat(c.text()).contains("08P01");
        }
    }

    @Test
    void randomBytesAfterStartup() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            byte[] garbage = new byte[1 + random.nextInt(4096)];
            random.nextBytes(garbage);
            try (Socket s = startedSession()) {
                try {
                    write(s, garbage);
                    s.shutdownOutput();
                } catch (SocketException e) {
                    // the server already closed: fine
                }
                assertClosedByServer(s, "random bytes after startup #" + i, false);
            }
        }
    }

    @Test
    void truncatedQueryFrameThenEndOfStream() throws IOException {
        try (Socket s = startedSession()) {
            byte[] sql = "select 1".getBytes(StandardCharsets.UTF_8);
            write(s, ByteBuffer.allocate(5 + 3).put((byte) 'Q').putInt(4 + sql.length + 1).put(sql, 0, 3).array());
            s.shutdownOutput();
            assertClosedByServer(s, "a Query frame cut short, then FIN");
        }
    }

    @Test
    void truncatedFrameLeftOpen_doesNotBlockOthers_thenReset() throws Exception {
        Socket s = startedSession();
        write(s, ByteBuffer.allocate(5 + 2).put((byte) 'P').putInt(1000).put((byte) 0).put((byte) 's').array());
        // the server waits for the rest of the frame; everybody else is served meanwhile
        try (Connection other = server.connect()) {
            assertThat(rows(other, "select count(*) from t")).containsExactly("2");
        }
        s.setSoLinger(true, 0);
        s.close();
    }

    /** A well-framed message with a bad payload, and the SQLSTATE PostgreSQL 15 answers it with. */
    private record Malformed(String name, byte[] frame, String pgSqlState) {
    }

    /**
     * Bind to a statement that does not exist, Execute of a missing portal, a Parse without its
     * string terminators, a Query that is not UTF-8: each gets an ErrorResponse with
     * PostgreSQL's SQLSTATE (or the one listed in {@code pgwire-known-differences.txt}), and the
     * session goes on: its Sync is answered with ReadyForQuery.
     */
    @Test
    void malformedPayloadsOfValidFrames_areErrorsOfThatSessionOnly() throws IOException {
        Map<String, String[]> known = knownDifferences();
        List<Malformed> cases = List.of(
                new Malformed("bind-missing-statement",
                        frame('B', cstring(""), cstring("nope"), new byte[] {0, 0, 0, 0, 0, 0}), "26000"),
                new Malformed("execute-missing-portal", frame('E', cstring("missing"), new byte[] {0, 0, 0, 0}),
                        "34000"),
                new Malformed("parse-without-terminators", frame('P', new byte[] {'a', 'b'}), "08P01"),
                new Malformed("query-invalid-utf8", frame('Q', new byte[] {'s', 'e', 'l', 'e', 'c', 't', ' ', '\'',
                        (byte) 0xff, (byte) 0xfe, '\'', 0}), "22021"));
        for (Malformed m : cases) {
            try (Socket s = startedSession()) {
                write(s, m.frame());
                write(s, frame('S'));
                String answer = printable(readSome(s));
                String[] k = known.get(m.name());
                String expected = k == null ? m.pgSqlState() : k[1];
                if (k != null) {
                    assertThat(k[0]).as(m.name() + ": PostgreSQL's SQLSTATE in the known list").isEqualTo(m.pgSqlState());
                    assertThat(answer).as(m.name() + " now answers as PostgreSQL: remove it from the known list")
                            .doesNotContain("C" + m.pgSqlState() + "\\x00");
                }
                assertThat(answer).as(m.name()).startsWith("E").contains("SERROR\\x00", "C" + expected + "\\x00")
                        .endsWith("Z\\x00\\x00\\x00\\x05I");
                write(s, frame('Q', cstring("select 41 + 1")));
                assertThat(printable(readSome(s))).as(m.name() + ": the session goes on").contains("42")
                        .endsWith("Z\\x00\\x00\\x00\\x05I");
            }
        }
    }

    /** {@code pgwire-known-differences.txt}: case -> {PostgreSQL's SQLSTATE, Freshet's}. */
    private static Map<String, String[]> knownDifferences() throws IOException {
        Map<String, String[]> out = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(
                SocketGarbageTest.class.getResourceAsStream("pgwire-known-differences.txt"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\\s*\\|\\s*", 4);
                out.put(f[0], new String[] {f[1], f[2]});
                System.out.println("known pg-wire difference: " + t);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ raw protocol

    private static Socket socket() throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout(READ_TIMEOUT_MS);
        s.setTcpNoDelay(true);
        return s;
    }

    private static void write(Socket s, byte[] bytes) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    private static byte[] startupMessage(int protocol) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String kv : new String[] {"user", "freshet", "database", "freshet"}) {
            body.writeBytes(cstring(kv));
        }
        body.write(0);
        byte[] b = body.toByteArray();
        return ByteBuffer.allocate(8 + b.length).putInt(8 + b.length).putInt(protocol).put(b).array();
    }

    private static byte[] cstring(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    private static byte[] frame(char type, byte[]... parts) {
        int length = 4;
        for (byte[] p : parts) {
            length += p.length;
        }
        ByteBuffer b = ByteBuffer.allocate(1 + length).put((byte) type).putInt(length);
        for (byte[] p : parts) {
            b.put(p);
        }
        return b.array();
    }

    /** A socket past authentication: the server has sent ReadyForQuery. */
    private static Socket startedSession() throws IOException {
        Socket s = socket();
        write(s, startupMessage(196608));
        DataInputStream in = new DataInputStream(s.getInputStream());
        List<Character> seen = new ArrayList<>();
        while (true) {
            char type = (char) in.readUnsignedByte();
            int length = in.readInt();
            in.skipNBytes(length - 4);
            seen.add(type);
            if (type == 'Z') {
                return s;
            }
            assertThat(type).as("startup answers " + seen).isNotEqualTo('E');
        }
    }

    /** What the server sent before closing. */
    private record Closed(byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Reads until the server closes the connection (end of stream or reset), failing if it
     * does not within {@value #READ_TIMEOUT_MS} ms.
     */
    private static Closed assertClosedByServer(Socket s, String what) throws IOException {
        return assertClosedByServer(s, what, true);
    }

    /**
     * @param onlyAnError whether the server may only have answered with an ErrorResponse (or
     *     'N' to an encryption request); random bytes may also hold frames it answers
     */
    private static Closed assertClosedByServer(Socket s, String what, boolean onlyAnError) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        byte[] buf = new byte[8192];
        try {
            while (true) {
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                got.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the connection after " + what + " within "
                    + READ_TIMEOUT_MS + " ms; it sent: " + printable(got.toByteArray()));
        } catch (SocketException | EOFException e) {
            // reset by the server: closed as well
        }
        byte[] bytes = got.toByteArray();
        if (onlyAnError && bytes.length > 0) {
            // whatever it sent is one ErrorResponse, never a result
            assertThat((char) bytes[0]).as(what + ": sent " + printable(bytes)).isIn('E', 'N');
        }
        return new Closed(bytes);
    }

    /** What the server sends within a short while (empty if it closed without a word). */
    private static byte[] readSome(Socket s) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        s.setSoTimeout(2000);
        byte[] buf = new byte[8192];
        try {
            while (true) {
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                got.write(buf, 0, n);
                if (got.toString(StandardCharsets.ISO_8859_1).contains("Z\0\0\0\5")) {
                    break;
                }
            }
        } catch (SocketTimeoutException | SocketException e) {
            // nothing more
        }
        return got.toByteArray();
    }

    private static String printable(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(x >= 32 && x < 127 ? Character.toString((char) x) : String.format("\\x%02x", x & 0xff));
        }
        return b.toString();
    }
}
