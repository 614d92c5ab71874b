package io.freshet.planner;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * PostgreSQL's type rules for Calcite: NUMERIC without a precision is unconstrained (marked by
 * precision {@link #UNCONSTRAINED_NUMERIC}), timestamps carry microseconds, SUM of integers is
 * BIGINT (of BIGINT, NUMERIC), AVG of integers is NUMERIC, and mismatched string lengths in
 * CASE and UNION widen to VARCHAR instead of padding.
 */
public final class FreshetTypeSystem extends RelDataTypeSystemImpl {
    /** Precision that stands for PostgreSQL's unconstrained {@code numeric}. */
    public static final int UNCONSTRAINED_NUMERIC = 1000;

    public static final FreshetTypeSystem INSTANCE = new FreshetTypeSystem();

    private FreshetTypeSystem() {
    }

    @Override
    public int getMaxPrecision(SqlTypeName typeName) {
        switch (typeName) {
            case DECIMAL:
                return UNCONSTRAINED_NUMERIC;
            case TIME:
            case TIMESTAMP:
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
            case TIME_WITH_LOCAL_TIME_ZONE:
                return 6;
            case VARCHAR:
            case CHAR:
            case VARBINARY:
            case BINARY:
                return 10 * 1024 * 1024;
            default:
                return super.getMaxPrecision(typeName);
        }
    }

    @Override
    public int getDefaultPrecision(SqlTypeName typeName) {
        switch (typeName) {
            case DECIMAL:
                return UNCONSTRAINED_NUMERIC;
            case TIME:
            case TIMESTAMP:
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
            case TIME_WITH_LOCAL_TIME_ZONE:
                return 6;
            default:
                return super.getDefaultPrecision(typeName);
        }
    }

    @Override
    public int getMaxScale(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? UNCONSTRAINED_NUMERIC : super.getMaxScale(typeName);
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        return true;
    }

    @Override
    public RelDataType deriveSumType(RelDataTypeFactory f, RelDataType argument) {
        RelDataType t;
        switch (argument.getSqlTypeName()) {
            case TINYINT:
            case SMALLINT:
            case INTEGER:
                t = f.createSqlType(SqlTypeName.BIGINT);
                break;
            case BIGINT:
            case DECIMAL:
                t = unconstrainedNumeric(f);
                break;
            default:
                t = argument;
        }
        return f.createTypeWithNullability(t, argument.isNullable());
    }

    @Override
    public RelDataType deriveAvgAggType(RelDataTypeFactory f, RelDataType argument) {
        RelDataType t;
        switch (argument.getSqlTypeName()) {
            case REAL:
            case FLOAT:
            case DOUBLE:
                t = f.createSqlType(SqlTypeName.DOUBLE);
                break;
            default:
                t = unconstrainedNumeric(f);
        }
        return f.createTypeWithNullability(t, argument.isNullable());
    }

    @Override
    public RelDataType deriveCovarType(RelDataTypeFactory f, RelDataType a, RelDataType b) {
        return f.createSqlType(SqlTypeName.DOUBLE);
    }

    @Override
    public RelDataType deriveRankType(RelDataTypeFactory f) {
        return f.createSqlType(SqlTypeName.BIGINT);
    }

    @Override
    public RelDataType deriveFractionalRankType(RelDataTypeFactory f) {
        return f.createSqlType(SqlTypeName.DOUBLE);
    }

    /** PostgreSQL's {@code numeric} without precision. */
    public static RelDataType unconstrainedNumeric(RelDataTypeFactory f) {
        return f.createSqlType(SqlTypeName.DECIMAL, UNCONSTRAINED_NUMERIC, 0);
    }
}
