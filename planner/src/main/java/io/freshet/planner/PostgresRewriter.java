package io.freshet.planner;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Rewrites PostgreSQL forms that Calcite's validator does not accept into equivalents it does,
 * before validation: {@code current_schema()} (Calcite only knows it without parentheses) is
 * the constant {@code 'public'}, Freshet's only user schema.
 */
final class PostgresRewriter extends SqlShuttle {
    private static final PostgresRewriter INSTANCE = new PostgresRewriter();

    static SqlNode rewrite(SqlNode node) {
        SqlNode r = node.accept(INSTANCE);
        return r == null ? node : r;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        if (call.getOperator() == SqlStdOperatorTable.CURRENT_SCHEMA) {
            return SqlLiteral.createCharString(CatalogSchema.NAME, call.getParserPosition());
        }
        return super.visit(call);
    }
}
