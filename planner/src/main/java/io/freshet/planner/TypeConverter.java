package io.freshet.planner;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import io.freshet.executor.type.TypeKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

/** Converts between Calcite's {@link RelDataType} and the executor's {@link DataType}. */
public final class TypeConverter {
    private TypeConverter() {
    }

    /** The executor type for a Calcite type. */
    public static DataType toDataType(RelDataType t) {
        SqlTypeName n = t.getSqlTypeName();
        switch (n) {
            case BOOLEAN:
                return DataType.BOOLEAN;
            case TINYINT:
            case SMALLINT:
                return DataType.SMALLINT;
            case INTEGER:
                return DataType.INTEGER;
            case BIGINT:
                return DataType.BIGINT;
            case REAL:
                return DataType.REAL;
            case FLOAT:
            case DOUBLE:
                return DataType.DOUBLE;
            case DECIMAL:
                return t.getPrecision() >= FreshetTypeSystem.UNCONSTRAINED_NUMERIC ? DataType.NUMERIC
                        : DataType.numeric(t.getPrecision(), t.getScale());
            case CHAR:
                return DataType.TEXT;
            case VARCHAR:
                return t.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED
                        || t.getPrecision() >= FreshetTypeSystem.INSTANCE.getMaxPrecision(SqlTypeName.VARCHAR)
                        ? DataType.TEXT : DataType.varchar(t.getPrecision());
            case BINARY:
            case VARBINARY:
                return DataType.BYTEA;
            case DATE:
                return DataType.DATE;
            case TIME:
                return DataType.TIME;
            case TIMESTAMP:
                return DataType.TIMESTAMP;
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
            case TIMESTAMP_TZ:
                return DataType.TIMESTAMPTZ;
            case INTERVAL_YEAR:
            case INTERVAL_YEAR_MONTH:
            case INTERVAL_MONTH:
            case INTERVAL_DAY:
            case INTERVAL_DAY_HOUR:
            case INTERVAL_DAY_MINUTE:
            case INTERVAL_DAY_SECOND:
            case INTERVAL_HOUR:
            case INTERVAL_HOUR_MINUTE:
            case INTERVAL_HOUR_SECOND:
            case INTERVAL_MINUTE:
            case INTERVAL_MINUTE_SECOND:
            case INTERVAL_SECOND:
                return DataType.INTERVAL;
            case NULL:
                return DataType.NULL;
            case ARRAY:
                return DataType.array(toDataType(t.getComponentType()));
            case ROW: {
                List<Field> fields = new ArrayList<>();
                for (RelDataTypeField f : t.getFieldList()) {
                    fields.add(new Field(f.getName(), toDataType(f.getType())));
                }
                return DataType.struct(fields);
            }
            case OTHER:
            case ANY:
                if (t.toString().toLowerCase().contains("jsonb")) {
                    return DataType.JSONB;
                }
                throw FreshetException.notSupported("type " + t);
            default:
                throw FreshetException.notSupported("type " + t);
        }
    }

    /** The Calcite type for an executor type. */
    public static RelDataType toRelType(DataType t, RelDataTypeFactory f, boolean nullable) {
        RelDataType r;
        switch (t.kind()) {
            case BOOLEAN:
                r = f.createSqlType(SqlTypeName.BOOLEAN);
                break;
            case SMALLINT:
                r = f.createSqlType(SqlTypeName.SMALLINT);
                break;
            case INTEGER:
                r = f.createSqlType(SqlTypeName.INTEGER);
                break;
            case BIGINT:
                r = f.createSqlType(SqlTypeName.BIGINT);
                break;
            case REAL:
                r = f.createSqlType(SqlTypeName.REAL);
                break;
            case DOUBLE:
                r = f.createSqlType(SqlTypeName.DOUBLE);
                break;
            case NUMERIC:
                r = t.hasPrecision() ? f.createSqlType(SqlTypeName.DECIMAL, t.precision(), t.scale())
                        : FreshetTypeSystem.unconstrainedNumeric(f);
                break;
            case VARCHAR:
                r = t.hasPrecision() ? f.createSqlType(SqlTypeName.VARCHAR, t.precision())
                        : f.createSqlType(SqlTypeName.VARCHAR);
                break;
            case BYTEA:
                r = f.createSqlType(SqlTypeName.VARBINARY);
                break;
            case DATE:
                r = f.createSqlType(SqlTypeName.DATE);
                break;
            case TIME:
                r = f.createSqlType(SqlTypeName.TIME, 6);
                break;
            case TIMESTAMP:
                r = f.createSqlType(SqlTypeName.TIMESTAMP, 6);
                break;
            case TIMESTAMPTZ:
                r = f.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 6);
                break;
            case INTERVAL:
                r = f.createSqlIntervalType(new org.apache.calcite.sql.SqlIntervalQualifier(
                        org.apache.calcite.avatica.util.TimeUnit.DAY, org.apache.calcite.avatica.util.TimeUnit.SECOND,
                        org.apache.calcite.sql.parser.SqlParserPos.ZERO));
                break;
            case ARRAY:
                r = f.createArrayType(toRelType(t.elementType(), f, true), -1);
                break;
            case STRUCT: {
                List<String> names = new ArrayList<>();
                List<RelDataType> types = new ArrayList<>();
                for (Field field : t.fields()) {
                    names.add(field.name());
                    types.add(toRelType(field.type(), f, true));
                }
                r = f.createStructType(types, names);
                break;
            }
            case JSONB:
                r = f.createSqlType(SqlTypeName.VARCHAR);
                break;
            default:
                r = f.createSqlType(SqlTypeName.NULL);
        }
        return f.createTypeWithNullability(r, nullable);
    }

    /** Whether the executor type is exactly one Calcite would give for {@code kind}'s literals. */
    static boolean isKind(DataType t, TypeKind kind) {
        return t.kind() == kind;
    }
}
