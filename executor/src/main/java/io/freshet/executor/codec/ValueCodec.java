package io.freshet.executor.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import io.freshet.executor.value.ArrayValue;
import io.freshet.executor.value.ByteString;
import io.freshet.executor.value.Interval;
import io.freshet.executor.value.JsonbValue;
import io.freshet.executor.value.NumericSpecial;
import io.freshet.executor.value.StructValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Compact, exact binary encoding of one non-null value of a known type. Not order-preserving
 * (keys use {@link KeyCodec}); fixed-width big-endian for fixed-size types, varint-prefixed
 * for the rest.
 */
public final class ValueCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NUMERIC_FINITE = 0;

    private ValueCodec() {
    }

    /** Writes a non-null {@code value} of {@code type}. */
    public static void write(ByteWriter w, DataType type, Object value) {
        switch (type.kind()) {
            case BOOLEAN:
                w.writeByte((Boolean) value ? 1 : 0);
                break;
            case SMALLINT:
                w.writeShort((Short) value);
                break;
            case INTEGER:
            case DATE:
                w.writeInt((Integer) value);
                break;
            case BIGINT:
            case TIME:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                w.writeLong((Long) value);
                break;
            case REAL:
                w.writeInt(Float.floatToRawIntBits((Float) value));
                break;
            case DOUBLE:
                w.writeLong(Double.doubleToRawLongBits((Double) value));
                break;
            case NUMERIC:
                if (value instanceof NumericSpecial) {
                    w.writeByte(1 + ((NumericSpecial) value).ordinal());
                } else {
                    BigDecimal d = (BigDecimal) value;
                    w.writeByte(NUMERIC_FINITE);
                    w.writeSignedVarInt(d.scale());
                    w.writeLengthPrefixed(d.unscaledValue().toByteArray());
                }
                break;
            case VARCHAR:
                w.writeString((String) value);
                break;
            case BYTEA:
                w.writeLengthPrefixed(((ByteString) value).unsafeBytes());
                break;
            case INTERVAL: {
                Interval i = (Interval) value;
                w.writeInt(i.months());
                w.writeInt(i.days());
                w.writeLong(i.micros());
                break;
            }
            case JSONB:
                w.writeString(((JsonbValue) value).node().toString());
                break;
            case ARRAY: {
                ArrayValue a = (ArrayValue) value;
                w.writeVarInt(a.length());
                writeNullable(w, type.elementType(), a.toArray());
                break;
            }
            case STRUCT: {
                StructValue s = (StructValue) value;
                List<Field> fields = type.fields();
                Object[] vals = new Object[fields.size()];
                for (int i = 0; i < vals.length; i++) {
                    vals[i] = s.get(i);
                }
                for (int i = 0; i < vals.length; i++) {
                    w.writeByte(vals[i] == null ? 0 : 1);
                    if (vals[i] != null) {
                        write(w, fields.get(i).type(), vals[i]);
                    }
                }
                break;
            }
            case NULL:
                throw new IllegalArgumentException("a NULL-typed value is always null");
            default:
                throw new IllegalArgumentException("no encoding for " + type);
        }
    }

    /** Reads a value written by {@link #write}. */
    public static Object read(ByteReader r, DataType type) {
        switch (type.kind()) {
            case BOOLEAN:
                return r.readByte() != 0;
            case SMALLINT:
                return r.readShort();
            case INTEGER:
            case DATE:
                return r.readInt();
            case BIGINT:
            case TIME:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return r.readLong();
            case REAL:
                return Float.intBitsToFloat(r.readInt());
            case DOUBLE:
                return Double.longBitsToDouble(r.readLong());
            case NUMERIC: {
                int tag = r.readByte();
                if (tag != NUMERIC_FINITE) {
                    return NumericSpecial.values()[tag - 1];
                }
                int scale = (int) r.readSignedVarInt();
                return new BigDecimal(new BigInteger(r.readLengthPrefixed()), scale);
            }
            case VARCHAR:
                return r.readString();
            case BYTEA:
                return ByteString.wrap(r.readLengthPrefixed());
            case INTERVAL:
                return new Interval(r.readInt(), r.readInt(), r.readLong());
            case JSONB:
                try {
                    return new JsonbValue(JSON.readTree(r.readString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            case ARRAY: {
                int n = (int) r.readVarInt();
                Object[] elems = new Object[n];
                readNullable(r, type.elementType(), elems);
                return ArrayValue.wrap(elems);
            }
            case STRUCT: {
                List<Field> fields = type.fields();
                Object[] vals = new Object[fields.size()];
                for (int i = 0; i < vals.length; i++) {
                    if (r.readByte() != 0) {
                        vals[i] = read(r, fields.get(i).type());
                    }
                }
                return StructValue.wrap(vals);
            }
            default:
                throw new IllegalArgumentException("no encoding for " + type);
        }
    }

    /** Writes values of one type, possibly null, preceded by a null bitmap. */
    static void writeNullable(ByteWriter w, DataType type, Object[] values) {
        writeNullBitmap(w, values);
        for (Object v : values) {
            if (v != null) {
                write(w, type, v);
            }
        }
    }

    static void readNullable(ByteReader r, DataType type, Object[] into) {
        boolean[] present = readNullBitmap(r, into.length);
        for (int i = 0; i < into.length; i++) {
            into[i] = present[i] ? read(r, type) : null;
        }
    }

    static void writeNullBitmap(ByteWriter w, Object[] values) {
        int bits = 0;
        int n = 0;
        for (Object v : values) {
            if (v != null) {
                bits |= 1 << n;
            }
            if (++n == 8) {
                w.writeByte(bits);
                bits = 0;
                n = 0;
            }
        }
        if (n > 0) {
            w.writeByte(bits);
        }
    }

    static boolean[] readNullBitmap(ByteReader r, int count) {
        boolean[] present = new boolean[count];
        for (int i = 0; i < count; i += 8) {
            int bits = r.readByte();
            for (int j = 0; j < 8 && i + j < count; j++) {
                present[i + j] = (bits & (1 << j)) != 0;
            }
        }
        return present;
    }

    /** One value (possibly null) as a standalone byte array. */
    public static byte[] encode(DataType type, Object value) {
        ByteWriter w = new ByteWriter();
        w.writeByte(value == null ? 0 : 1);
        if (value != null) {
            write(w, type, value);
        }
        return w.toByteArray();
    }

    /** Reads what {@link #encode} wrote. */
    public static Object decode(DataType type, byte[] bytes) {
        ByteReader r = new ByteReader(bytes);
        return r.readByte() == 0 ? null : read(r, type);
    }
}
