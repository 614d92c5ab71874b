package io.freshet.server.pgwire;

import io.netty.buffer.ByteBuf;

/**
 * One typed frontend message as {@link PgDecoder} cut it from the stream: its type byte and
 * its payload (the bytes after the length). The payload is a retained buffer: whoever handles
 * the frame must {@link #release()} it.
 */
record FrontendFrame(byte type, ByteBuf payload) {

    /** Releases the payload. */
    void release() {
        payload.release();
    }

    @Override
    public String toString() {
        return "FrontendFrame['" + (char) type + "', " + payload.readableBytes() + " bytes]";
    }
}
