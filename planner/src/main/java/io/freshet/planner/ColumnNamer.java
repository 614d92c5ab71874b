package io.freshet.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlWith;

/**
 * Names result columns the way PostgreSQL does (its FigureColname): an alias wins; a column
 * reference is named by the column; a function call by the function; a cast by its operand (or
 * the type for {@code ::} casts of constants); CASE is {@code case}; anything else is
 * {@code ?column?}.
 */
final class ColumnNamer {
    private ColumnNamer() {
    }

    /** Names for the select list of {@code query}, or null when it is not a plain SELECT. */
    static List<String> names(SqlNode query) {
        SqlNode q = query;
        if (q instanceof SqlOrderBy) {
            q = ((SqlOrderBy) q).query;
        }
        if (q instanceof SqlWith) {
            return names(((SqlWith) q).body);
        }
        if (q.getKind() == SqlKind.UNION || q.getKind() == SqlKind.INTERSECT || q.getKind() == SqlKind.EXCEPT) {
            return names(((SqlCall) q).operand(0));
        }
        if (!(q instanceof SqlSelect)) {
            return null;
        }
        SqlNodeList list = ((SqlSelect) q).getSelectList();
        List<String> names = new ArrayList<>();
        for (SqlNode item : list) {
            names.add(name(item));
        }
        return names;
    }

    static String name(SqlNode e) {
        if (e instanceof SqlBasicCall && e.getKind() == SqlKind.AS) {
            SqlNode alias = ((SqlCall) e).operand(1);
            return ((SqlIdentifier) alias).getSimple();
        }
        if (e instanceof SqlIdentifier) {
            SqlIdentifier id = (SqlIdentifier) e;
            return id.isStar() ? "*" : id.names.get(id.names.size() - 1);
        }
        if (e instanceof SqlCall) {
            SqlCall call = (SqlCall) e;
            switch (call.getKind()) {
                case CAST: {
                    SqlNode operand = call.operand(0);
                    String inner = name(operand);
                    if (!inner.equals("?column?")) {
                        return inner;
                    }
                    String type = call.operand(1).toString().toLowerCase(Locale.ROOT);
                    return pgTypeName(type);
                }
                case CASE:
                    return "case";
                case EXISTS:
                    return "exists";
                case ARRAY_VALUE_CONSTRUCTOR:
                    return "array";
                case ROW:
                    return "row";
                case COALESCE:
                    return "coalesce";
                case NULLIF:
                    return "nullif";
                case OVER:
                    return name(call.operand(0));
                default:
                    break;
            }
            if (call.getOperator() instanceof org.apache.calcite.sql.SqlFunction) {
                String n = call.getOperator().getName().toLowerCase(Locale.ROOT);
                if (n.equals("$sum0")) {
                    return "sum";
                }
                if (n.equals("character_length") || n.equals("char_length")) {
                    return n;
                }
                return n;
            }
        }
        return "?column?";
    }

    private static String pgTypeName(String sqlType) {
        String t = sqlType.replace("`", "").replace("\"", "").trim();
        if (t.startsWith("integer") || t.equals("int")) {
            return "int4";
        }
        if (t.startsWith("bigint")) {
            return "int8";
        }
        if (t.startsWith("smallint")) {
            return "int2";
        }
        if (t.startsWith("double")) {
            return "float8";
        }
        if (t.startsWith("real")) {
            return "float4";
        }
        if (t.startsWith("boolean")) {
            return "bool";
        }
        if (t.startsWith("decimal")) {
            return "numeric";
        }
        if (t.startsWith("varchar")) {
            return t.contains("(") ? "varchar" : "text";
        }
        if (t.startsWith("timestamp with local time zone")) {
            return "timestamptz";
        }
        int paren = t.indexOf('(');
        return paren > 0 ? t.substring(0, paren) : t;
    }
}
