package io.freshet.server.pgwire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Framing of raw bytes by {@link PgDecoder}, without sockets. */
class PgDecoderTest {
    private final EmbeddedChannel channel = new EmbeddedChannel(new PgDecoder(1024));

    @AfterEach
    void release() {
        Object message;
        while ((message = channel.readInbound()) != null) {
            if (message instanceof FrontendFrame) {
                ((FrontendFrame) message).release();
            }
        }
        channel.finishAndReleaseAll();
    }

    @Test
    void startupMessage_givesItsParameters() {
        channel.writeInbound(startup(3, 0, "user", "freshet", "database", "db1"));
        StartupPacket.StartupMessage startup = channel.readInbound();
        assertThat(startup.minorVersion()).isZero();
        assertThat(startup.parameters()).containsExactly(Map.entry("user", "freshet"), Map.entry("database", "db1"));
    }

    @Test
    void sslRequestThenStartupInOneRead_giveBothPackets() {
        ByteBuf both = Unpooled.wrappedBuffer(request(PgDecoder.SSL_REQUEST_CODE), startup(3, 0, "user", "u"));
        channel.writeInbound(both);
        assertThat(next()).isInstanceOf(StartupPacket.SslRequest.class);
        assertThat(next()).isInstanceOf(StartupPacket.StartupMessage.class);
    }

    @Test
    void gssEncRequest_isRecognized() {
        channel.writeInbound(request(PgDecoder.GSSENC_REQUEST_CODE));
        assertThat(next()).isInstanceOf(StartupPacket.GssEncRequest.class);
    }

    @Test
    void cancelRequest_givesKeyAndIgnoresWhatFollows() {
        ByteBuf cancel = Unpooled.buffer().writeInt(16).writeInt(PgDecoder.CANCEL_REQUEST_CODE).writeInt(1234).writeInt(-99);
        channel.writeInbound(cancel, Unpooled.wrappedBuffer("trailing garbage".getBytes(StandardCharsets.US_ASCII)));
        assertThat(next()).isEqualTo(new StartupPacket.CancelRequest(1234, -99));
        assertThat(next()).isNull();
    }

    @Test
    void framesSplitIntoSingleBytes_areReassembled() {
        ByteBuf stream = Unpooled.wrappedBuffer(startup(3, 0, "user", "u"), message('Q', "SELECT 1\0"),
                message('S', ""));
        while (stream.isReadable()) {
            channel.writeInbound(stream.readRetainedSlice(1));
        }
        stream.release();
        assertThat(next()).isInstanceOf(StartupPacket.StartupMessage.class);
        List<FrontendFrame> frames = readFrames();
        assertThat(frames).extracting(f -> (char) f.type()).containsExactly('Q', 'S');
        assertThat(frames.get(0).payload().toString(StandardCharsets.UTF_8)).isEqualTo("SELECT 1\0");
        assertThat(frames.get(1).payload().readableBytes()).isZero();
        frames.forEach(FrontendFrame::release);
    }

    @Test
    void coalescedFrames_areAllDecoded() {
        channel.writeInbound(startup(3, 0, "user", "u"));
        channel.readInbound();
        channel.writeInbound(Unpooled.wrappedBuffer(message('P', "\0SELECT 1\0\0\0"), message('B', "\0\0\0\0\0\0\0\0"),
                message('E', "\0\0\0\0\0"), message('S', "")));
        List<FrontendFrame> frames = readFrames();
        assertThat(frames).extracting(f -> (char) f.type()).containsExactly('P', 'B', 'E', 'S');
        frames.forEach(FrontendFrame::release);
    }

    @Test
    void startupPacketOver10000Bytes_isAViolation() {
        ByteBuf huge = Unpooled.buffer().writeInt(10_001).writeInt(196608);
        assertViolation(huge, "invalid length of startup packet");
    }

    @Test
    void startupPacketUnder8Bytes_isAViolation() {
        assertViolation(Unpooled.buffer().writeInt(4).writeInt(0), "invalid length of startup packet");
    }

    @Test
    void protocol2_isRefusedAsUnsupported() {
        assertThatThrownBy(() -> channel.writeInbound(startup(2, 0, "user", "u")))
                .isInstanceOf(DecoderException.class)
                .cause().isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("0A000"))
                .hasMessageContaining("unsupported frontend protocol 2.0");
    }

    @Test
    void newerMinorVersion_isAcceptedForNegotiation() {
        channel.writeInbound(startup(3, 2, "user", "u", "_pq_.feature", "on"));
        StartupPacket.StartupMessage startup = channel.readInbound();
        assertThat(startup.minorVersion()).isEqualTo(2);
        assertThat(startup.parameters()).containsKey("_pq_.feature");
    }

    @Test
    void messageLengthUnder4_isAViolation() {
        channel.writeInbound(startup(3, 0, "user", "u"));
        channel.readInbound();
        assertViolation(Unpooled.buffer().writeByte('Q').writeInt(3), "invalid message length");
    }

    @Test
    void messageOverTheLimit_isRefusedFromItsHeaderAlone() {
        channel.writeInbound(startup(3, 0, "user", "u"));
        channel.readInbound();
        assertViolation(Unpooled.buffer().writeByte('Q').writeInt(1025), "exceeds the limit of 1024 bytes");
    }

    @Test
    void unknownMessageType_isAViolation_andLaterBytesAreIgnored() {
        channel.writeInbound(startup(3, 0, "user", "u"));
        channel.readInbound();
        assertViolation(message('?', "whatever"), "invalid frontend message type 63");
        channel.writeInbound(message('Q', "SELECT 1\0"));
        assertThat(next()).isNull();
    }

    private void assertViolation(ByteBuf bytes, String message) {
        assertThatThrownBy(() -> channel.writeInbound(bytes))
                .isInstanceOf(DecoderException.class)
                .cause().isInstanceOf(ProtocolViolationException.class)
                .hasMessageContaining(message);
    }

    private Object next() {
        return channel.readInbound();
    }

    private List<FrontendFrame> readFrames() {
        List<FrontendFrame> frames = new ArrayList<>();
        Object message;
        while ((message = channel.readInbound()) != null) {
            frames.add((FrontendFrame) message);
        }
        return frames;
    }

    static ByteBuf request(int code) {
        return Unpooled.buffer().writeInt(8).writeInt(code);
    }

    static ByteBuf startup(int major, int minor, String... nameValues) {
        ByteBuf body = Unpooled.buffer();
        for (String s : nameValues) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8)).writeByte(0);
        }
        body.writeByte(0);
        ByteBuf packet = Unpooled.buffer().writeInt(8 + body.readableBytes()).writeInt(major << 16 | minor).writeBytes(body);
        body.release();
        return packet;
    }

    static ByteBuf message(char type, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return Unpooled.buffer().writeByte(type).writeInt(4 + bytes.length).writeBytes(bytes);
    }
}
