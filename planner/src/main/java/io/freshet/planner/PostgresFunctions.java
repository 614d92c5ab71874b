package io.freshet.planner;

import java.util.List;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeTransforms;
import org.apache.calcite.sql.util.SqlOperatorTables;

/**
 * PostgreSQL functions that Calcite's standard and PostgreSQL operator tables lack, declared so
 * the validator accepts them with PostgreSQL's result types. Their implementations are the
 * executor's functions of the same (lower-case) name.
 */
final class PostgresFunctions {
    private PostgresFunctions() {
    }

    private static final SqlReturnTypeInference TEXT =
            ReturnTypes.explicit(SqlTypeName.VARCHAR).andThen(SqlTypeTransforms.TO_NULLABLE);
    private static final SqlReturnTypeInference BIGINT =
            ReturnTypes.explicit(SqlTypeName.BIGINT).andThen(SqlTypeTransforms.TO_NULLABLE);
    private static final SqlReturnTypeInference INTEGER =
            ReturnTypes.explicit(SqlTypeName.INTEGER).andThen(SqlTypeTransforms.TO_NULLABLE);
    private static final SqlReturnTypeInference DOUBLE =
            ReturnTypes.explicit(SqlTypeName.DOUBLE).andThen(SqlTypeTransforms.TO_NULLABLE);
    private static final SqlReturnTypeInference BOOLEAN =
            ReturnTypes.explicit(SqlTypeName.BOOLEAN).andThen(SqlTypeTransforms.TO_NULLABLE);
    private static final SqlReturnTypeInference DATE =
            ReturnTypes.explicit(SqlTypeName.DATE).andThen(SqlTypeTransforms.TO_NULLABLE);
    private static final SqlReturnTypeInference TIMESTAMPTZ = opBinding -> opBinding.getTypeFactory()
            .createTypeWithNullability(opBinding.getTypeFactory()
                    .createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 6), true);
    private static final SqlReturnTypeInference TIMESTAMP = opBinding -> opBinding.getTypeFactory()
            .createTypeWithNullability(opBinding.getTypeFactory().createSqlType(SqlTypeName.TIMESTAMP, 6), true);
    private static final SqlReturnTypeInference NUMERIC = opBinding -> opBinding.getTypeFactory()
            .createTypeWithNullability(FreshetTypeSystem.unconstrainedNumeric(opBinding.getTypeFactory()), true);

    private static SqlFunction fn(String name, SqlReturnTypeInference ret) {
        return new SqlFunction(name, SqlKind.OTHER_FUNCTION, ret, null, OperandTypes.VARIADIC,
                SqlFunctionCategory.USER_DEFINED_FUNCTION);
    }

    private static SqlFunction nondeterministic(String name, SqlReturnTypeInference ret) {
        return new SqlFunction(name, SqlKind.OTHER_FUNCTION, ret, null, OperandTypes.VARIADIC,
                SqlFunctionCategory.USER_DEFINED_FUNCTION) {
            @Override
            public boolean isDeterministic() {
                return false;
            }

            @Override
            public boolean isDynamicFunction() {
                return true;
            }
        };
    }

    /** The extra functions. */
    static SqlOperatorTable table() {
        List<SqlOperator> ops = List.of(
                GenerateSeriesFunction.INSTANCE,
                nondeterministic("NOW", TIMESTAMPTZ),
                nondeterministic("STATEMENT_TIMESTAMP", TIMESTAMPTZ),
                nondeterministic("TRANSACTION_TIMESTAMP", TIMESTAMPTZ),
                nondeterministic("CLOCK_TIMESTAMP", TIMESTAMPTZ),
                fn("DATE_TRUNC", ReturnTypes.ARG1_NULLABLE),
                fn("DATE_BIN", ReturnTypes.ARG1_NULLABLE),
                fn("MAKE_DATE", DATE),
                fn("MAKE_TIMESTAMP", TIMESTAMP),
                fn("JUSTIFY_DAYS", ReturnTypes.ARG0_NULLABLE),
                fn("JUSTIFY_HOURS", ReturnTypes.ARG0_NULLABLE),
                fn("JUSTIFY_INTERVAL", ReturnTypes.ARG0_NULLABLE),
                fn("BTRIM", TEXT),
                fn("REVERSE", TEXT),
                fn("TO_HEX", TEXT),
                fn("ENCODE", TEXT),
                fn("QUOTE_IDENT", TEXT),
                fn("QUOTE_LITERAL", TEXT),
                fn("FORMAT", TEXT),
                fn("REGEXP_MATCH", ReturnTypes.explicit(t -> t.createArrayType(t.createSqlType(SqlTypeName.VARCHAR), -1))),
                fn("TRUNC", ReturnTypes.ARG0_NULLABLE),
                fn("DIV", ReturnTypes.ARG0_NULLABLE),
                fn("CEILING", ReturnTypes.ARG0_NULLABLE),
                fn("BIT_LENGTH", INTEGER),
                fn("ARRAY_LENGTH", INTEGER),
                fn("ARRAY_POSITION", INTEGER),
                fn("ARRAY_TO_STRING", TEXT),
                fn("ARRAY_APPEND", ReturnTypes.ARG0_NULLABLE),
                fn("ARRAY_CAT", ReturnTypes.ARG0_NULLABLE),
                fn("VERSION", TEXT),
                fn("CURRENT_DATABASE", TEXT),
                fn("PG_BACKEND_PID", INTEGER),
                fn("PG_POSTMASTER_START_TIME", TIMESTAMPTZ),
                fn("TO_NUMBER", NUMERIC),
                fn("ISFINITE", BOOLEAN),
                fn("COT", DOUBLE),
                fn("SCALE", INTEGER),
                fn("GEN_RANDOM_UUID", TEXT),
                fn("BIGINT_PLACEHOLDER_UNUSED", BIGINT));
        return SqlOperatorTables.of(ops);
    }
}
