package io.freshet.executor.codec;

import java.nio.charset.StandardCharsets;

/** Reads what {@link ByteWriter} wrote, from a byte array. */
public final class ByteReader {
    private final byte[] buf;
    private int pos;
    private final int end;

    public ByteReader(byte[] buf) {
        this(buf, 0, buf.length);
    }

    public ByteReader(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
    }

    public int position() {
        return pos;
    }

    public boolean hasRemaining() {
        return pos < end;
    }

    public int readByte() {
        check(1);
        return buf[pos++] & 0xFF;
    }

    public short readShort() {
        check(2);
        short v = (short) (((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF));
        pos += 2;
        return v;
    }

    public int readInt() {
        check(4);
        int v = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16) | ((buf[pos + 2] & 0xFF) << 8)
                | (buf[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    public long readLong() {
        check(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buf[pos + i] & 0xFF);
        }
        pos += 8;
        return v;
    }

    public long readVarInt() {
        long v = 0;
        int shift = 0;
        while (true) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
            if (shift > 63) {
                throw new IllegalStateException("malformed varint");
            }
        }
    }

    public long readSignedVarInt() {
        long z = readVarInt();
        return (z >>> 1) ^ -(z & 1);
    }

    public byte[] readBytes(int n) {
        check(n);
        byte[] b = new byte[n];
        System.arraycopy(buf, pos, b, 0, n);
        pos += n;
        return b;
    }

    public byte[] readLengthPrefixed() {
        return readBytes((int) readVarInt());
    }

    public String readString() {
        int n = (int) readVarInt();
        check(n);
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    private void check(int n) {
        if (pos + n > end) {
            throw new IllegalStateException("read past the end of the encoded value");
        }
    }
}
