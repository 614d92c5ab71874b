package io.freshet.planner;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlTableFunction;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * PostgreSQL's {@code generate_series(start, stop [, step])} as a table function in FROM: one
 * column named {@code generate_series} of the arguments' type (integers, numeric, or timestamps
 * with an interval step).
 */
final class GenerateSeriesFunction extends SqlFunction implements SqlTableFunction {
    static final GenerateSeriesFunction INSTANCE = new GenerateSeriesFunction();

    private GenerateSeriesFunction() {
        super("GENERATE_SERIES", SqlKind.OTHER_FUNCTION, ReturnTypes.CURSOR, null, null,
                SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
    }

    @Override
    public SqlOperandCountRange getOperandCountRange() {
        return SqlOperandCountRanges.between(2, 3);
    }

    @Override
    public boolean checkOperandTypes(SqlCallBinding binding, boolean throwOnFailure) {
        RelDataType start = binding.getOperandType(0);
        boolean temporal = SqlTypeFamily.DATETIME.contains(start);
        if (temporal && binding.getOperandCount() != 3) {
            if (throwOnFailure) {
                throw binding.newValidationSignatureError();
            }
            return false;
        }
        return true;
    }

    @Override
    public SqlReturnTypeInference getRowTypeInference() {
        return GenerateSeriesFunction::rowType;
    }

    private static RelDataType rowType(SqlOperatorBinding binding) {
        RelDataTypeFactory f = binding.getTypeFactory();
        RelDataType start = binding.getOperandType(0);
        RelDataType stop = binding.getOperandType(1);
        RelDataType t;
        if (SqlTypeFamily.DATETIME.contains(start)) {
            t = start.getSqlTypeName() == SqlTypeName.DATE ? f.createSqlType(SqlTypeName.TIMESTAMP, 6) : start;
        } else {
            t = f.leastRestrictive(java.util.List.of(start, stop));
            if (binding.getOperandCount() == 3) {
                t = f.leastRestrictive(java.util.List.of(t, binding.getOperandType(2)));
            }
            if (t == null || !SqlTypeFamily.NUMERIC.contains(t)) {
                t = f.createSqlType(SqlTypeName.INTEGER);
            }
            if (t.getSqlTypeName() == SqlTypeName.DECIMAL) {
                t = FreshetTypeSystem.unconstrainedNumeric(f);
            }
        }
        return f.builder().add("generate_series", f.createTypeWithNullability(t, false)).build();
    }
}
