package io.freshet.planner;

import io.freshet.executor.type.DataType;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL type OIDs and names of executor types, for the system catalogs. */
final class PgTypeOids {
    private PgTypeOids() {
    }

    /** (oid, name, length, array oid) of each base type. */
    private static final Object[][] TYPES = {
        {16, "bool", 1, 1000}, {17, "bytea", -1, 1001}, {20, "int8", 8, 1016}, {21, "int2", 2, 1005},
        {23, "int4", 4, 1007}, {25, "text", -1, 1009}, {700, "float4", 4, 1021}, {701, "float8", 8, 1022},
        {1043, "varchar", -1, 1015}, {1082, "date", 4, 1182}, {1083, "time", 8, 1183},
        {1114, "timestamp", 8, 1115}, {1184, "timestamptz", 8, 1185}, {1186, "interval", 16, 1187},
        {1700, "numeric", -1, 1231}, {3802, "jsonb", -1, 3807}, {705, "unknown", -2, 0}, {2249, "record", -1, 2287},
    };

    static int of(DataType t) {
        switch (t.kind()) {
            case BOOLEAN: return 16;
            case BYTEA: return 17;
            case BIGINT: return 20;
            case SMALLINT: return 21;
            case INTEGER: return 23;
            case VARCHAR: return t.hasPrecision() ? 1043 : 25;
            case REAL: return 700;
            case DOUBLE: return 701;
            case DATE: return 1082;
            case TIME: return 1083;
            case TIMESTAMP: return 1114;
            case TIMESTAMPTZ: return 1184;
            case INTERVAL: return 1186;
            case NUMERIC: return 1700;
            case JSONB: return 3802;
            case STRUCT: return 2249;
            case ARRAY: {
                int elem = of(t.elementType());
                for (Object[] row : TYPES) {
                    if ((int) row[0] == elem) {
                        return (int) row[3];
                    }
                }
                return 0;
            }
            default: return 705;
        }
    }

    /** The type as information_schema spells it. */
    static String sqlName(DataType t) {
        switch (t.kind()) {
            case BOOLEAN: return "boolean";
            case SMALLINT: return "smallint";
            case INTEGER: return "integer";
            case BIGINT: return "bigint";
            case REAL: return "real";
            case DOUBLE: return "double precision";
            case NUMERIC: return "numeric";
            case VARCHAR: return t.hasPrecision() ? "character varying" : "text";
            case DATE: return "date";
            case TIME: return "time without time zone";
            case TIMESTAMP: return "timestamp without time zone";
            case TIMESTAMPTZ: return "timestamp with time zone";
            case INTERVAL: return "interval";
            case BYTEA: return "bytea";
            case JSONB: return "jsonb";
            case ARRAY: return "ARRAY";
            default: return "USER-DEFINED";
        }
    }

    static List<Object[]> pgTypeRows() {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] t : TYPES) {
            rows.add(new Object[] {((Integer) t[0]).longValue(), t[1], SystemSchema.PG_CATALOG_NAMESPACE_OID,
                    ((Integer) t[2]).shortValue(), "b", 0L, ((Integer) t[3]).longValue()});
            if ((int) t[3] != 0) {
                rows.add(new Object[] {((Integer) t[3]).longValue(), "_" + t[1], SystemSchema.PG_CATALOG_NAMESPACE_OID,
                        (short) -1, "b", ((Integer) t[0]).longValue(), 0L});
            }
        }
        return rows;
    }
}
