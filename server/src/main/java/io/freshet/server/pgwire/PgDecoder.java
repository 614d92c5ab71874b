package io.freshet.server.pgwire;

import io.freshet.executor.error.SqlState;
import io.freshet.server.pgwire.types.StrictUtf8;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Framing of the byte stream from a client into {@link StartupPacket}s and
 * {@link FrontendFrame}s: a state machine over the two phases of the protocol.
 * <pre>
 * STARTUP   int32 length (itself included), int32 code, body
 *           80877103 SSLRequest, 80877104 GSSENCRequest  -> stay in STARTUP
 *           80877102 CancelRequest                       -> DISCARD
 *           3 &lt;&lt; 16 | minor  StartupMessage               -> MESSAGES
 *           anything else: unsupported protocol           -> FAILED
 * MESSAGES  byte type, int32 length (itself included), payload
 * DISCARD   after a cancel request: bytes are ignored until the connection closes
 * FAILED    after a violation: bytes are ignored; the handler reports and closes
 * </pre>
 * A startup packet over {@value #MAX_STARTUP_PACKET_LENGTH} bytes, a message length under 4
 * or over the configured maximum, or an unknown message type throws a
 * {@link ProtocolViolationException} (wrapped by Netty in a DecoderException) once, before any
 * byte of the offending message is buffered beyond its header. Split and coalesced frames are
 * handled by {@link ByteToMessageDecoder}'s cumulation.
 */
final class PgDecoder extends ByteToMessageDecoder {
    static final int SSL_REQUEST_CODE = 80877103;
    static final int GSSENC_REQUEST_CODE = 80877104;
    static final int CANCEL_REQUEST_CODE = 80877102;
    static final int PROTOCOL_MAJOR_VERSION = 3;
    /** PostgreSQL's limit on startup packets, against denial of service before authentication. */
    static final int MAX_STARTUP_PACKET_LENGTH = 10_000;
    private static final int MIN_STARTUP_PACKET_LENGTH = 8;
    private static final int CANCEL_REQUEST_LENGTH = 16;
    private static final int MESSAGE_HEADER_LENGTH = 5;
    /** Frontend message types of protocol 3.0 that Freshet accepts. */
    private static final String FRONTEND_MESSAGE_TYPES = "QPBDECSHXFdcf";

    private enum State { STARTUP, MESSAGES, DISCARD, FAILED }

    private final int maxMessageSize;
    private State state = State.STARTUP;

    /** @param maxMessageSize the largest message accepted, length field included */
    PgDecoder(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        switch (state) {
            case STARTUP:
                decodeStartupPacket(in, out);
                break;
            case MESSAGES:
                decodeMessage(in, out);
                break;
            default:
                in.skipBytes(in.readableBytes());
                break;
        }
    }

    private void decodeStartupPacket(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) {
            return;
        }
        int length = in.getInt(in.readerIndex());
        if (length < MIN_STARTUP_PACKET_LENGTH || length > MAX_STARTUP_PACKET_LENGTH) {
            throw fail(in, new ProtocolViolationException("invalid length of startup packet"));
        }
        if (in.readableBytes() < length) {
            return;
        }
        in.skipBytes(4);
        int code = in.readInt();
        ByteBuf body = in.readSlice(length - MIN_STARTUP_PACKET_LENGTH);
        switch (code) {
            case SSL_REQUEST_CODE:
                out.add(new StartupPacket.SslRequest());
                return;
            case GSSENC_REQUEST_CODE:
                out.add(new StartupPacket.GssEncRequest());
                return;
            case CANCEL_REQUEST_CODE:
                if (length != CANCEL_REQUEST_LENGTH) {
                    throw fail(in, new ProtocolViolationException("invalid length of cancel request packet"));
                }
                state = State.DISCARD;
                out.add(new StartupPacket.CancelRequest(body.readInt(), body.readInt()));
                return;
            default:
                break;
        }
        int major = code >>> 16;
        int minor = code & 0xFFFF;
        if (major != PROTOCOL_MAJOR_VERSION) {
            throw fail(in, new ProtocolViolationException(SqlState.FEATURE_NOT_SUPPORTED.code(),
                    "unsupported frontend protocol " + major + "." + minor + ": server supports 3.0 to 3.0"));
        }
        Map<String, String> parameters = readStartupParameters(in, body);
        state = State.MESSAGES;
        out.add(new StartupPacket.StartupMessage(minor, parameters));
    }

    private Map<String, String> readStartupParameters(ByteBuf in, ByteBuf body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        while (true) {
            String name = readCString(in, body);
            if (name.isEmpty()) {
                break;
            }
            parameters.put(name, readCString(in, body));
        }
        if (body.isReadable()) {
            throw fail(in, new ProtocolViolationException(
                    "invalid startup packet layout: expected terminator as last byte"));
        }
        return parameters;
    }

    private String readCString(ByteBuf in, ByteBuf body) {
        int end = body.indexOf(body.readerIndex(), body.writerIndex(), (byte) 0);
        if (end < 0) {
            throw fail(in, new ProtocolViolationException(
                    "invalid startup packet layout: expected terminator as last byte"));
        }
        String text = StrictUtf8.decode(body.slice(body.readerIndex(), end - body.readerIndex()));
        body.readerIndex(end + 1);
        return text;
    }

    private void decodeMessage(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < MESSAGE_HEADER_LENGTH) {
            return;
        }
        int start = in.readerIndex();
        byte type = in.getByte(start);
        int length = in.getInt(start + 1);
        if (FRONTEND_MESSAGE_TYPES.indexOf(type) < 0) {
            throw fail(in, new ProtocolViolationException("invalid frontend message type " + (type & 0xFF)));
        }
        if (length < 4) {
            throw fail(in, new ProtocolViolationException("invalid message length " + length));
        }
        if (length > maxMessageSize) {
            throw fail(in, new ProtocolViolationException("message of " + length + " bytes exceeds the limit of " + maxMessageSize + " bytes"));
        }
        if (in.readableBytes() < 1 + length) {
            return;
        }
        in.skipBytes(MESSAGE_HEADER_LENGTH);
        out.add(new FrontendFrame(type, in.readRetainedSlice(length - 4)));
    }

    private ProtocolViolationException fail(ByteBuf in, ProtocolViolationException violation) {
        state = State.FAILED;
        in.skipBytes(in.readableBytes());
        return violation;
    }
}
