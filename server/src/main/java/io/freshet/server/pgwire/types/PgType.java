package io.freshet.server.pgwire.types;

import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import java.util.HashMap;
import java.util.Map;

/**
 * The PostgreSQL built-in types that Freshet's {@link DataType}s appear as on the wire, with
 * their OIDs (as in PostgreSQL's {@code pg_type.dat}), the OIDs of their array types and their
 * {@code typlen}; and the mapping between {@link DataType}s and OIDs, type lengths and type
 * modifiers that RowDescription and ParameterDescription send.
 */
public enum PgType {
    BOOL(16, "bool", 1, 1000),
    BYTEA(17, "bytea", -1, 1001),
    INT8(20, "int8", 8, 1016),
    INT2(21, "int2", 2, 1005),
    INT4(23, "int4", 4, 1007),
    TEXT(25, "text", -1, 1009),
    FLOAT4(700, "float4", 4, 1021),
    FLOAT8(701, "float8", 8, 1022),
    /** Type of a literal or parameter whose type is not known; its values travel as text. */
    UNKNOWN(705, "unknown", -2, 0),
    VARCHAR(1043, "varchar", -1, 1015),
    DATE(1082, "date", 4, 1182),
    TIME(1083, "time", 8, 1183),
    TIMESTAMP(1114, "timestamp", 8, 1115),
    TIMESTAMPTZ(1184, "timestamptz", 8, 1185),
    INTERVAL(1186, "interval", 16, 1187),
    NUMERIC(1700, "numeric", -1, 1231),
    /** Anonymous composite type: how a STRUCT value appears. */
    RECORD(2249, "record", -1, 2287),
    JSONB(3802, "jsonb", -1, 3807);

    private static final Map<Integer, PgType> BY_OID = new HashMap<>();
    private static final Map<Integer, PgType> BY_ARRAY_OID = new HashMap<>();

    static {
        for (PgType t : values()) {
            BY_OID.put(t.oid, t);
            if (t.arrayOid != 0) {
                BY_ARRAY_OID.put(t.arrayOid, t);
            }
        }
    }

    private final int oid;
    private final String typeName;
    private final int typlen;
    private final int arrayOid;

    PgType(int oid, String typeName, int typlen, int arrayOid) {
        this.oid = oid;
        this.typeName = typeName;
        this.typlen = typlen;
        this.arrayOid = arrayOid;
    }

    /** The type's OID. */
    public int oid() {
        return oid;
    }

    /** {@code pg_type.typname}. */
    public String typeName() {
        return typeName;
    }

    /** {@code pg_type.typlen}: the fixed size in bytes, -1 for variable length, -2 for C strings. */
    public int typlen() {
        return typlen;
    }

    /** OID of the array type whose elements are of this type ({@code typarray}), or 0 if none. */
    public int arrayOid() {
        return arrayOid;
    }

    /** The PostgreSQL type a value of {@code type} is sent as; for an ARRAY, its innermost element's. */
    public static PgType of(DataType type) {
        switch (type.kind()) {
            case BOOLEAN: return BOOL;
            case SMALLINT: return INT2;
            case INTEGER: return INT4;
            case BIGINT: return INT8;
            case REAL: return FLOAT4;
            case DOUBLE: return FLOAT8;
            case NUMERIC: return NUMERIC;
            case VARCHAR: return type.hasPrecision() ? VARCHAR : TEXT;
            case DATE: return DATE;
            case TIME: return TIME;
            case TIMESTAMP: return TIMESTAMP;
            case TIMESTAMPTZ: return TIMESTAMPTZ;
            case INTERVAL: return INTERVAL;
            case BYTEA: return BYTEA;
            case JSONB: return JSONB;
            case STRUCT: return RECORD;
            case NULL: return UNKNOWN;
            case ARRAY: return of(type.elementType());
            default:
                throw new IllegalArgumentException("no PostgreSQL type for " + type);
        }
    }

    /**
     * OID of {@code type}: its own, or for an ARRAY the array type of its innermost element
     * (PostgreSQL has one array type per element type, whatever the number of dimensions);
     * an array of {@code unknown} is sent as {@code text[]}.
     */
    public static int oidOf(DataType type) {
        if (type.kind() == TypeKind.ARRAY) {
            PgType element = of(type);
            return element == UNKNOWN ? TEXT.arrayOid : element.arrayOid;
        }
        return of(type).oid;
    }

    /** {@code typlen} of {@code type} as RowDescription sends it; -1 for arrays. */
    public static int typlenOf(DataType type) {
        return type.kind() == TypeKind.ARRAY ? -1 : of(type).typlen;
    }

    /**
     * Type modifier ({@code atttypmod}) of {@code type}: {@code varchar(n)} gives {@code n + 4},
     * {@code numeric(p, s)} gives {@code ((p << 16) | s) + 4}, {@code time(p)},
     * {@code timestamp(p)} and {@code timestamptz(p)} give {@code p}; an array has its element's
     * modifier; everything else -1.
     */
    public static int typmodOf(DataType type) {
        switch (type.kind()) {
            case VARCHAR:
                return type.hasPrecision() ? type.precision() + 4 : -1;
            case NUMERIC:
                return type.hasPrecision() ? ((type.precision() << 16) | type.scale()) + 4 : -1;
            case TIME:
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return type.hasPrecision() ? type.precision() : -1;
            case ARRAY:
                return typmodOf(type.elementType());
            default:
                return -1;
        }
    }

    /**
     * The {@link DataType} of values a client sends with type OID {@code oid} (a Parse parameter
     * type); {@code null} for OID 0 and {@code unknown}, which mean "not given". {@code varchar}
     * without a length is unbounded, like {@code text}. {@code record} is refused because its
     * fields are not known.
     *
     * @throws IllegalArgumentException if Freshet has no type for {@code oid}
     */
    public static DataType dataTypeOf(int oid) {
        if (oid == 0 || oid == UNKNOWN.oid) {
            return null;
        }
        PgType base = BY_OID.get(oid);
        if (base != null && base != RECORD) {
            return base.dataType();
        }
        PgType element = BY_ARRAY_OID.get(oid);
        if (element != null && element != RECORD) {
            return DataType.array(element.dataType());
        }
        throw new IllegalArgumentException("type with OID " + oid + " is not supported");
    }

    private DataType dataType() {
        switch (this) {
            case BOOL: return DataType.BOOLEAN;
            case BYTEA: return DataType.BYTEA;
            case INT8: return DataType.BIGINT;
            case INT2: return DataType.SMALLINT;
            case INT4: return DataType.INTEGER;
            case TEXT:
            case VARCHAR: return DataType.TEXT;
            case FLOAT4: return DataType.REAL;
            case FLOAT8: return DataType.DOUBLE;
            case DATE: return DataType.DATE;
            case TIME: return DataType.TIME;
            case TIMESTAMP: return DataType.TIMESTAMP;
            case TIMESTAMPTZ: return DataType.TIMESTAMPTZ;
            case INTERVAL: return DataType.INTERVAL;
            case NUMERIC: return DataType.NUMERIC;
            case JSONB: return DataType.JSONB;
            default:
                throw new IllegalArgumentException("no data type for " + typeName);
        }
    }
}
