package io.freshet.executor.codec;

import io.freshet.executor.type.DataType;
import io.freshet.executor.value.ArrayValue;
import io.freshet.executor.value.ByteString;
import io.freshet.executor.value.Interval;
import io.freshet.executor.value.NumericSpecial;
import io.freshet.executor.value.StructValue;
import io.freshet.storage.keys.DecimalKind;
import io.freshet.storage.keys.KeyReader;
import io.freshet.storage.keys.KeyWriter;
import io.freshet.storage.keys.SortOrder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes typed values into the storage module's memcomparable key format, so that byte order
 * of keys is PostgreSQL's order of the values. Equal values in SQL encode equally
 * ({@code 1.0}/{@code 1.00}, {@code -0.0}/{@code 0.0}, intervals of equal length), so
 * decoding returns a canonical form; state that must reproduce exact values stores them in the
 * row value as well.
 */
public final class KeyCodec {
    private KeyCodec() {
    }

    /** Appends one value (null allowed) of {@code type}. */
    public static void write(KeyWriter w, Object v, DataType type, SortOrder order) {
        if (v == null) {
            w.writeNull(order);
            return;
        }
        switch (type.kind()) {
            case BOOLEAN:
                w.writeBoolean((Boolean) v, order);
                break;
            case SMALLINT:
                w.writeShort((Short) v, order);
                break;
            case INTEGER:
            case DATE:
                w.writeInt((Integer) v, order);
                break;
            case BIGINT:
            case TIME:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                w.writeLong((Long) v, order);
                break;
            case REAL:
                w.writeFloat((Float) v, order);
                break;
            case DOUBLE:
                w.writeDouble((Double) v, order);
                break;
            case NUMERIC:
                writeNumeric(w, v, order);
                break;
            case VARCHAR:
                w.writeString((String) v, order);
                break;
            case BYTEA:
                w.writeBytes(((ByteString) v).unsafeBytes(), order);
                break;
            case INTERVAL: {
                long[] total = ((Interval) v).normalizedTotal();
                BigInteger t = BigInteger.valueOf(total[0]).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(total[1])));
                w.writeDecimal(new BigDecimal(t), order);
                break;
            }
            case JSONB:
                w.writeString(v.toString(), order);
                break;
            case ARRAY: {
                ArrayValue a = (ArrayValue) v;
                w.writeBoolean(true, order);
                for (int i = 0; i < a.length(); i++) {
                    w.writeBoolean(true, order);
                    write(w, a.get(i), type.elementType(), order);
                }
                w.writeBoolean(false, order);
                break;
            }
            case STRUCT: {
                StructValue s = (StructValue) v;
                w.writeBoolean(true, order);
                for (int i = 0; i < type.fields().size(); i++) {
                    write(w, s.get(i), type.fields().get(i).type(), order);
                }
                break;
            }
            default:
                throw new IllegalArgumentException("cannot encode " + type + " in a key");
        }
    }

    private static void writeNumeric(KeyWriter w, Object v, SortOrder order) {
        if (v instanceof BigDecimal) {
            w.writeDecimal((BigDecimal) v, order);
            return;
        }
        switch ((NumericSpecial) v) {
            case NAN:
                w.writeDecimalNaN(order);
                break;
            case POSITIVE_INFINITY:
                w.writeDecimalInfinity(true, order);
                break;
            default:
                w.writeDecimalInfinity(false, order);
        }
    }

    /** Reads one value written by {@link #write}; intervals come back as microseconds only. */
    public static Object read(KeyReader r, DataType type, SortOrder order) {
        if (r.tryReadNull(order)) {
            return null;
        }
        switch (type.kind()) {
            case BOOLEAN:
                return r.readBoolean(order);
            case SMALLINT:
                return r.readShort(order);
            case INTEGER:
            case DATE:
                return r.readInt(order);
            case BIGINT:
            case TIME:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return r.readLong(order);
            case REAL:
                return r.readFloat(order);
            case DOUBLE:
                return r.readDouble(order);
            case NUMERIC: {
                DecimalKind k = r.peekDecimalKind(order);
                if (k == DecimalKind.FINITE) {
                    return r.readDecimal(order);
                }
                DecimalKind special = r.readNonFiniteDecimal(order);
                switch (special) {
                    case NAN:
                        return NumericSpecial.NAN;
                    case POSITIVE_INFINITY:
                        return NumericSpecial.POSITIVE_INFINITY;
                    default:
                        return NumericSpecial.NEGATIVE_INFINITY;
                }
            }
            case VARCHAR:
            case JSONB:
                return r.readString(order);
            case BYTEA:
                return ByteString.wrap(r.readBytes(order));
            case INTERVAL:
                return Interval.ofMicros(r.readDecimal(order).longValue());
            default:
                throw new IllegalArgumentException("cannot decode " + type + " from a key");
        }
    }

    /** Encodes the fields {@code columns} of {@code row} in ascending order, NULLs last. */
    public static byte[] encode(KeyWriter w, Object[] row, List<Integer> columns, List<DataType> types) {
        w.reset();
        for (int c : columns) {
            write(w, row[c], types.get(c), SortOrder.ASC);
        }
        return w.toByteArray();
    }

    /** Encodes every field of {@code row} in ascending order, NULLs last. */
    public static byte[] encodeAll(KeyWriter w, Object[] row, List<DataType> types) {
        w.reset();
        for (int c = 0; c < row.length; c++) {
            write(w, row[c], types.get(c), SortOrder.ASC);
        }
        return w.toByteArray();
    }
}
