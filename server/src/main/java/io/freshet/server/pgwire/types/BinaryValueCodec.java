package io.freshet.server.pgwire.types;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ArrayValue;
import io.freshet.executor.value.ByteString;
import io.freshet.executor.value.Interval;
import io.freshet.executor.value.StructValue;
import io.freshet.executor.value.ValueText;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary format of values on the wire (format code 1), byte for byte PostgreSQL 15's
 * {@code typsend} output and {@code typreceive} input. All integers are big-endian.
 * <pre>
 * bool                 1 byte, 0 or 1 (any non-zero reads as true)
 * int2 / int4 / int8   2 / 4 / 8 bytes two's complement
 * float4 / float8      IEEE 754 bits, 4 / 8 bytes
 * numeric              base-10000 digits, see {@link NumericBinaryCodec}
 * text / varchar       UTF-8 bytes, no terminator
 * bytea                the bytes themselves
 * date                 int32 days since 2000-01-01 (INT32_MIN / INT32_MAX: -infinity / infinity)
 * time                 int64 microseconds since midnight
 * timestamp[tz]        int64 microseconds since 2000-01-01 00:00 (UTC for timestamptz);
 *                      INT64_MIN / INT64_MAX: -infinity / infinity
 * interval             int64 microseconds, int32 days, int32 months
 * jsonb                1 byte version (1), then the document's text in UTF-8
 * record (struct)      int32 field count, then per field: int32 type OID, int32 length
 *                      (-1 for NULL), the field's bytes
 * array                int32 dimensions, int32 flags (1 if any element is NULL), int32
 *                      element type OID, per dimension int32 size and int32 lower bound (1),
 *                      then per element (row-major): int32 length (-1 for NULL), the bytes
 * </pre>
 * Freshet keeps dates and timestamps relative to 1970, so the codec shifts them by the
 * 30 years between the two epochs.
 */
public final class BinaryValueCodec {
    /** Days from 1970-01-01 to 2000-01-01, PostgreSQL's epoch. */
    public static final int POSTGRES_EPOCH_DAYS = 10_957;
    /** Microseconds from 1970-01-01 to 2000-01-01. */
    public static final long POSTGRES_EPOCH_MICROS = POSTGRES_EPOCH_DAYS * 86_400L * 1_000_000L;
    private static final int JSONB_VERSION = 1;
    private static final int ARRAY_HAS_NULLS = 1;
    private static final int MAX_ARRAY_DIMENSIONS = 6;

    private BinaryValueCodec() {
    }

    /**
     * Appends the binary form of a non-null value of {@code type} (without a length prefix).
     *
     * @param ctx context for the text inside jsonb
     */
    public static void encode(Object value, DataType type, EvalContext ctx, ByteBuf out) {
        switch (type.kind()) {
            case BOOLEAN:
                out.writeByte((Boolean) value ? 1 : 0);
                break;
            case SMALLINT:
                out.writeShort(((Number) value).shortValue());
                break;
            case INTEGER:
                out.writeInt(((Number) value).intValue());
                break;
            case BIGINT:
                out.writeLong(((Number) value).longValue());
                break;
            case REAL:
                out.writeFloat(((Number) value).floatValue());
                break;
            case DOUBLE:
                out.writeDouble(((Number) value).doubleValue());
                break;
            case NUMERIC:
                NumericBinaryCodec.encode(value, out);
                break;
            case VARCHAR:
            case NULL:
                ByteBufUtil.writeUtf8(out, value.toString());
                break;
            case BYTEA:
                out.writeBytes(((ByteString) value).unsafeBytes());
                break;
            case DATE:
                out.writeInt(toPostgresDays((Integer) value));
                break;
            case TIME:
                out.writeLong((Long) value);
                break;
            case TIMESTAMP:
            case TIMESTAMPTZ:
                out.writeLong(toPostgresMicros((Long) value));
                break;
            case INTERVAL: {
                Interval interval = (Interval) value;
                out.writeLong(interval.micros()).writeInt(interval.days()).writeInt(interval.months());
                break;
            }
            case JSONB:
                out.writeByte(JSONB_VERSION);
                ByteBufUtil.writeUtf8(out, ValueText.format(value, type, ctx));
                break;
            case STRUCT:
                encodeRecord((StructValue) value, type, ctx, out);
                break;
            case ARRAY:
                encodeArray((ArrayValue) value, type, ctx, out);
                break;
            default:
                throw new IllegalArgumentException("no binary format for " + type);
        }
    }

    /**
     * Reads a value of {@code type} from exactly the readable bytes of {@code in}.
     *
     * @throws FreshetException {@code 22P03} if the bytes are not a value of the type (too few,
     *     too many, or out of range)
     */
    public static Object decode(ByteBuf in, DataType type, EvalContext ctx) {
        Object value;
        try {
            value = decodeValue(in, type, ctx);
        } catch (IndexOutOfBoundsException e) {
            throw incorrectFormat(type);
        }
        if (in.isReadable()) {
            throw incorrectFormat(type);
        }
        return value;
    }

    private static Object decodeValue(ByteBuf in, DataType type, EvalContext ctx) {
        switch (type.kind()) {
            case BOOLEAN:
                return in.readByte() != 0;
            case SMALLINT:
                return in.readShort();
            case INTEGER:
                return in.readInt();
            case BIGINT:
                return in.readLong();
            case REAL:
                return in.readFloat();
            case DOUBLE:
                return in.readDouble();
            case NUMERIC:
                return NumericBinaryCodec.decode(in);
            case VARCHAR:
            case NULL: {
                String text = StrictUtf8.decode(in);
                in.skipBytes(in.readableBytes());
                return text;
            }
            case BYTEA: {
                byte[] bytes = new byte[in.readableBytes()];
                in.readBytes(bytes);
                return ByteString.wrap(bytes);
            }
            case DATE:
                return fromPostgresDays(in.readInt());
            case TIME:
                return in.readLong();
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return fromPostgresMicros(in.readLong());
            case INTERVAL: {
                long micros = in.readLong();
                int days = in.readInt();
                int months = in.readInt();
                return new Interval(months, days, micros);
            }
            case JSONB: {
                int version = in.readByte();
                if (version != JSONB_VERSION) {
                    throw new FreshetException(SqlState.INVALID_BINARY_REPRESENTATION,
                            "unsupported jsonb version number " + version);
                }
                String text = StrictUtf8.decode(in);
                in.skipBytes(in.readableBytes());
                return ValueText.parse(text, type, ctx);
            }
            case STRUCT:
                return decodeRecord(in, type, ctx);
            case ARRAY:
                return decodeArray(in, type, ctx);
            default:
                throw new IllegalArgumentException("no binary format for " + type);
        }
    }

    /** Freshet's days since 1970 as PostgreSQL's days since 2000, keeping the infinities. */
    public static int toPostgresDays(int days) {
        return days == Integer.MIN_VALUE || days == Integer.MAX_VALUE ? days : days - POSTGRES_EPOCH_DAYS;
    }

    /** PostgreSQL's days since 2000 as Freshet's days since 1970, keeping the infinities. */
    public static int fromPostgresDays(int days) {
        if (days == Integer.MIN_VALUE || days == Integer.MAX_VALUE) {
            return days;
        }
        return Math.addExact(days, POSTGRES_EPOCH_DAYS);
    }

    /** Freshet's microseconds since 1970 as PostgreSQL's since 2000, keeping the infinities. */
    public static long toPostgresMicros(long micros) {
        return micros == Long.MIN_VALUE || micros == Long.MAX_VALUE ? micros : micros - POSTGRES_EPOCH_MICROS;
    }

    /** PostgreSQL's microseconds since 2000 as Freshet's since 1970, keeping the infinities. */
    public static long fromPostgresMicros(long micros) {
        if (micros == Long.MIN_VALUE || micros == Long.MAX_VALUE) {
            return micros;
        }
        return Math.addExact(micros, POSTGRES_EPOCH_MICROS);
    }

    private static void encodeRecord(StructValue value, DataType type, EvalContext ctx, ByteBuf out) {
        List<Field> fields = type.fields();
        out.writeInt(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            DataType fieldType = fields.get(i).type();
            out.writeInt(PgType.oidOf(fieldType));
            writeWithLength(value.get(i), fieldType, ctx, out);
        }
    }

    private static Object decodeRecord(ByteBuf in, DataType type, EvalContext ctx) {
        List<Field> fields = type.fields();
        int count = in.readInt();
        if (count != fields.size()) {
            throw new FreshetException(SqlState.DATATYPE_MISMATCH,
                    "wrong number of columns: " + count + ", expected " + fields.size());
        }
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            DataType fieldType = fields.get(i).type();
            int oid = in.readInt();
            if (oid != PgType.oidOf(fieldType)) {
                throw new FreshetException(SqlState.DATATYPE_MISMATCH, "binary data has type " + oid
                        + " instead of expected " + PgType.oidOf(fieldType) + " in record column " + (i + 1));
            }
            values[i] = readWithLength(in, fieldType, ctx);
        }
        return StructValue.wrap(values);
    }

    private static void encodeArray(ArrayValue value, DataType type, EvalContext ctx, ByteBuf out) {
        DataType elementType = type;
        int depth = 0;
        while (elementType.kind() == TypeKind.ARRAY) {
            elementType = elementType.elementType();
            depth++;
        }
        // The sizes of the dimensions are those along the first element of each level.
        List<Integer> dimensions = new ArrayList<>();
        Object level = value;
        for (int d = 0; d < depth && level instanceof ArrayValue; d++) {
            ArrayValue array = (ArrayValue) level;
            dimensions.add(array.length());
            level = array.length() > 0 ? array.get(0) : null;
        }
        int elementOid = elementType.kind() == TypeKind.NULL ? PgType.TEXT.oid() : PgType.oidOf(elementType);
        if (dimensions.contains(0)) {
            out.writeInt(0).writeInt(0).writeInt(elementOid);
            return;
        }
        if (dimensions.size() != depth) {
            throw new FreshetException(SqlState.DATA_EXCEPTION,
                    "multidimensional arrays must have array expressions with matching dimensions");
        }
        List<Object> elements = new ArrayList<>();
        flatten(value, 0, dimensions, elements);
        boolean hasNulls = elements.contains(null);
        out.writeInt(depth).writeInt(hasNulls ? ARRAY_HAS_NULLS : 0).writeInt(elementOid);
        for (int size : dimensions) {
            out.writeInt(size).writeInt(1);
        }
        for (Object element : elements) {
            writeWithLength(element, elementType, ctx, out);
        }
    }

    private static void flatten(ArrayValue array, int depth, List<Integer> dimensions, List<Object> into) {
        if (array.length() != dimensions.get(depth)) {
            throw new FreshetException(SqlState.DATA_EXCEPTION,
                    "multidimensional arrays must have array expressions with matching dimensions");
        }
        for (int i = 0; i < array.length(); i++) {
            Object element = array.get(i);
            if (depth + 1 < dimensions.size()) {
                if (!(element instanceof ArrayValue)) {
                    throw new FreshetException(SqlState.DATA_EXCEPTION,
                            "multidimensional arrays must have array expressions with matching dimensions");
                }
                flatten((ArrayValue) element, depth + 1, dimensions, into);
            } else {
                into.add(element);
            }
        }
    }

    private static Object decodeArray(ByteBuf in, DataType type, EvalContext ctx) {
        int dimensionCount = in.readInt();
        int flags = in.readInt();
        int elementOid = in.readInt();
        if (dimensionCount < 0 || dimensionCount > MAX_ARRAY_DIMENSIONS) {
            throw new FreshetException(SqlState.INVALID_BINARY_REPRESENTATION,
                    "invalid number of dimensions: " + dimensionCount);
        }
        if ((flags & ~ARRAY_HAS_NULLS) != 0) {
            throw new FreshetException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid array flags");
        }
        int typeDepth = 0;
        DataType elementType = type;
        while (elementType.kind() == TypeKind.ARRAY) {
            elementType = elementType.elementType();
            typeDepth++;
        }
        int expectedOid = PgType.oidOf(elementType);
        if (elementOid != expectedOid) {
            throw new FreshetException(SqlState.DATATYPE_MISMATCH, "binary data has array element type "
                    + elementOid + " instead of expected " + expectedOid);
        }
        if (dimensionCount == 0) {
            return ArrayValue.of();
        }
        if (dimensionCount != typeDepth) {
            throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED, "array of " + dimensionCount
                    + " dimensions where " + type + " has " + typeDepth);
        }
        int[] sizes = new int[dimensionCount];
        long total = 1;
        for (int i = 0; i < dimensionCount; i++) {
            sizes[i] = in.readInt();
            in.readInt(); // lower bound: Freshet's arrays always start at 1
            if (sizes[i] < 0) {
                throw new FreshetException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid array dimensions");
            }
            total *= sizes[i];
        }
        if (total > in.readableBytes() / 4) {
            throw new FreshetException(SqlState.INVALID_BINARY_REPRESENTATION, "array size exceeds the data sent");
        }
        return readArrayLevel(in, sizes, 0, elementType, ctx);
    }

    private static ArrayValue readArrayLevel(ByteBuf in, int[] sizes, int depth, DataType elementType, EvalContext ctx) {
        Object[] elements = new Object[sizes[depth]];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = depth + 1 < sizes.length
                    ? readArrayLevel(in, sizes, depth + 1, elementType, ctx)
                    : readWithLength(in, elementType, ctx);
        }
        return ArrayValue.wrap(elements);
    }

    private static void writeWithLength(Object value, DataType type, EvalContext ctx, ByteBuf out) {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        int lengthIndex = out.writerIndex();
        out.writeInt(0);
        encode(value, type, ctx, out);
        out.setInt(lengthIndex, out.writerIndex() - lengthIndex - 4);
    }

    private static Object readWithLength(ByteBuf in, DataType type, EvalContext ctx) {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0) {
            throw incorrectFormat(type);
        }
        return decode(in.readSlice(length), type, ctx);
    }

    private static FreshetException incorrectFormat(DataType type) {
        return new FreshetException(SqlState.INVALID_BINARY_REPRESENTATION,
                "incorrect binary data format for type " + type);
    }
}
