package io.freshet.server.pgwire;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only frontend that speaks the wire protocol byte by byte over a real socket, so tests
 * can send exactly the messages they mean (including broken ones) and see every backend
 * message.
 */
final class RawPgClient implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawPgClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** A client that has completed startup as user freshet (the startup answers are consumed). */
    static RawPgClient connected(int port) throws IOException {
        RawPgClient client = new RawPgClient(port);
        client.startup("user", "freshet", "database", "freshet");
        List<Message> answer = client.readUntilReady();
        if (answer.get(0).type() != 'R') {
            throw new IllegalStateException("startup failed: " + answer);
        }
        return client;
    }

    /** A backend message: its type and payload. */
    record Message(char type, byte[] payload) {

        /** Fields of an ErrorResponse or NoticeResponse by code. */
        Map<Character, String> fields() {
            Map<Character, String> fields = new LinkedHashMap<>();
            int i = 0;
            while (payload[i] != 0) {
                char code = (char) payload[i++];
                int end = i;
                while (payload[end] != 0) {
                    end++;
                }
                fields.put(code, new String(payload, i, end - i, StandardCharsets.UTF_8));
                i = end + 1;
            }
            return fields;
        }

        /** Values of a DataRow, null for NULL. */
        List<byte[]> values() {
            DataInputStream data = stream();
            try {
                int n = data.readShort();
                List<byte[]> values = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    int length = data.readInt();
                    if (length < 0) {
                        values.add(null);
                    } else {
                        byte[] value = new byte[length];
                        data.readFully(value);
                        values.add(value);
                    }
                }
                return values;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Values of a DataRow as UTF-8 text. */
        List<String> texts() {
            List<String> texts = new ArrayList<>();
            for (byte[] value : values()) {
                texts.add(value == null ? null : new String(value, StandardCharsets.UTF_8));
            }
            return texts;
        }

        /** Fields of a RowDescription. */
        List<Column> columns() {
            DataInputStream data = stream();
            try {
                int n = data.readShort();
                List<Column> columns = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String name = readCString(data);
                    columns.add(new Column(name, data.readInt(), data.readShort(), data.readInt(), data.readShort(),
                            data.readInt(), data.readShort()));
                }
                return columns;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Type OIDs of a ParameterDescription. */
        List<Integer> parameterOids() {
            DataInputStream data = stream();
            try {
                int n = data.readShort();
                List<Integer> oids = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    oids.add(data.readInt());
                }
                return oids;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The string of a CommandComplete, or the name/value of a ParameterStatus joined by '='. */
        String text() {
            String s = new String(payload, StandardCharsets.UTF_8);
            if (type == 'S') {
                String[] parts = s.split("\0");
                return parts[0] + "=" + (parts.length > 1 ? parts[1] : "");
            }
            return s.substring(0, s.indexOf('\0'));
        }

        private DataInputStream stream() {
            return new DataInputStream(new java.io.ByteArrayInputStream(payload));
        }

        @Override
        public String toString() {
            return switch (type) {
                case 'E', 'N' -> type + fields().toString();
                case 'C', 'S' -> type + "(" + text() + ")";
                case 'Z' -> "Z(" + (char) payload[0] + ")";
                default -> String.valueOf(type);
            };
        }
    }

    /** A RowDescription field. */
    record Column(String name, int tableOid, short columnNumber, int typeOid, short typlen, int typmod, short format) {
    }

    void startup(String... nameValues) throws IOException {
        sendStartup(3 << 16, nameValues);
    }

    void sendStartup(int protocolCode, String... nameValues) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String s : nameValues) {
            body.write(s.getBytes(StandardCharsets.UTF_8));
            body.write(0);
        }
        body.write(0);
        DataOutputStream packet = new DataOutputStream(out);
        packet.writeInt(8 + body.size());
        packet.writeInt(protocolCode);
        packet.write(body.toByteArray());
        packet.flush();
    }

    void sendRequest(int code) throws IOException {
        DataOutputStream packet = new DataOutputStream(out);
        packet.writeInt(8);
        packet.writeInt(code);
        packet.flush();
    }

    void query(String sql) throws IOException {
        send('Q', cstring(sql));
    }

    void parse(String name, String sql, int... typeOids) throws IOException {
        Payload p = new Payload().cstring(name).cstring(sql).int16(typeOids.length);
        for (int oid : typeOids) {
            p.int32(oid);
        }
        send('P', p.bytes());
    }

    void bind(String portal, String statement, int[] parameterFormats, byte[][] values, int[] resultFormats)
            throws IOException {
        Payload p = new Payload().cstring(portal).cstring(statement).int16(parameterFormats.length);
        for (int f : parameterFormats) {
            p.int16(f);
        }
        p.int16(values.length);
        for (byte[] v : values) {
            if (v == null) {
                p.int32(-1);
            } else {
                p.int32(v.length).raw(v);
            }
        }
        p.int16(resultFormats.length);
        for (int f : resultFormats) {
            p.int16(f);
        }
        send('B', p.bytes());
    }

    void bind(String portal, String statement) throws IOException {
        bind(portal, statement, new int[0], new byte[0][], new int[0]);
    }

    void describe(char kind, String name) throws IOException {
        send('D', new Payload().int8(kind).cstring(name).bytes());
    }

    void execute(String portal, int maxRows) throws IOException {
        send('E', new Payload().cstring(portal).int32(maxRows).bytes());
    }

    void close(char kind, String name) throws IOException {
        send('C', new Payload().int8(kind).cstring(name).bytes());
    }

    void sync() throws IOException {
        send('S', new byte[0]);
    }

    void flush() throws IOException {
        send('H', new byte[0]);
    }

    void terminate() throws IOException {
        send('X', new byte[0]);
    }

    void send(char type, byte[] payload) throws IOException {
        sendRaw(message(type, payload));
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    static byte[] message(char type, byte[] payload) {
        return new Payload().int8(type).int32(4 + payload.length).raw(payload).bytes();
    }

    /** The next single byte (the answer to SSLRequest). */
    int readByte() throws IOException {
        return in.read();
    }

    /** The next backend message, or null at end of stream. */
    Message read() throws IOException {
        int type;
        try {
            type = in.read();
        } catch (SocketException e) {
            return null;
        }
        if (type < 0) {
            return null;
        }
        int length = in.readInt();
        byte[] payload = new byte[length - 4];
        in.readFully(payload);
        return new Message((char) type, payload);
    }

    /** Messages up to and including ReadyForQuery. */
    List<Message> readUntilReady() throws IOException {
        List<Message> messages = new ArrayList<>();
        while (true) {
            Message m = read();
            if (m == null) {
                throw new EOFException("connection closed after " + messages);
            }
            messages.add(m);
            if (m.type() == 'Z') {
                return messages;
            }
        }
    }

    /** Messages until the server closes the connection. */
    List<Message> readUntilClosed() throws IOException {
        List<Message> messages = new ArrayList<>();
        Message m;
        while ((m = read()) != null) {
            messages.add(m);
        }
        return messages;
    }

    /** Types of messages, as a string like "TDCZ". */
    static String types(List<Message> messages) {
        StringBuilder b = new StringBuilder();
        for (Message m : messages) {
            b.append(m.type());
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static String readCString(DataInputStream data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = data.read()) > 0) {
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private static byte[] cstring(String s) {
        return new Payload().cstring(s).bytes();
    }

    /** Builder of message payloads. */
    static final class Payload {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream data = new DataOutputStream(bytes);

        Payload int8(int v) {
            return write(() -> data.writeByte(v));
        }

        Payload int16(int v) {
            return write(() -> data.writeShort(v));
        }

        Payload int32(int v) {
            return write(() -> data.writeInt(v));
        }

        Payload cstring(String s) {
            return write(() -> {
                data.write(s.getBytes(StandardCharsets.UTF_8));
                data.writeByte(0);
            });
        }

        Payload raw(byte[] b) {
            return write(() -> data.write(b));
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }

        private interface Write {
            void run() throws IOException;
        }

        private Payload write(Write w) {
            try {
                w.run();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }
    }
}
