package io.freshet.executor.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Growable byte buffer with big-endian primitive writers and unsigned varints. Reusable. */
public final class ByteWriter {
    private byte[] buf;
    private int len;

    public ByteWriter() {
        this(64);
    }

    public ByteWriter(int capacity) {
        buf = new byte[Math.max(capacity, 8)];
    }

    /** Empties the buffer, keeping its capacity. */
    public ByteWriter reset() {
        len = 0;
        return this;
    }

    public int length() {
        return len;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    public ByteWriter writeByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
        return this;
    }

    public ByteWriter writeShort(short v) {
        ensure(2);
        buf[len++] = (byte) (v >> 8);
        buf[len++] = (byte) v;
        return this;
    }

    public ByteWriter writeInt(int v) {
        ensure(4);
        buf[len++] = (byte) (v >> 24);
        buf[len++] = (byte) (v >> 16);
        buf[len++] = (byte) (v >> 8);
        buf[len++] = (byte) v;
        return this;
    }

    public ByteWriter writeLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[len++] = (byte) (v >> shift);
        }
        return this;
    }

    /** Unsigned LEB128 varint of a non-negative value. */
    public ByteWriter writeVarInt(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
        return this;
    }

    /** Signed varint (zigzag). */
    public ByteWriter writeSignedVarInt(long v) {
        return writeVarInt((v << 1) ^ (v >> 63));
    }

    public ByteWriter writeBytes(byte[] b) {
        return writeBytes(b, 0, b.length);
    }

    public ByteWriter writeBytes(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    /** Varint length then the bytes. */
    public ByteWriter writeLengthPrefixed(byte[] b) {
        writeVarInt(b.length);
        return writeBytes(b);
    }

    /** Varint byte length then UTF-8. */
    public ByteWriter writeString(String s) {
        return writeLengthPrefixed(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Overwrites one byte already written. */
    public void setByte(int pos, int b) {
        buf[pos] = (byte) b;
    }

    /** The bytes written so far, copied. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
