package io.freshet.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlTrimFunction;

/**
 * Names result columns the way PostgreSQL does (its FigureColname), from the select list as
 * written (before validation rewrites it): an alias wins; a column reference is named by the
 * column, a function call by the function, a scalar subquery by its column; a cast takes its
 * operand's name when that is strong, else the type's name ({@code '1'::int} is {@code int4});
 * CASE takes its ELSE result's name when strong, else {@code case}; anything else is
 * {@code ?column?}. Names have a strength, as in PostgreSQL: 2 for column, function and alias
 * names, 1 for names taken from a type or a keyword, 0 for none.
 */
final class ColumnNamer {
    /** Marker for a {@code *} item, whose columns the caller names from the validated query. */
    static final String STAR = "*";

    private record Named(String name, int strength) {
        static final Named NONE = new Named("?column?", 0);
    }

    private ColumnNamer() {
    }

    /** Names for the select list of {@code query} ({@link #STAR} for star items), or null when not a SELECT. */
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
        return named(e).name;
    }

    private static Named named(SqlNode e) {
        if (e instanceof SqlBasicCall && e.getKind() == SqlKind.AS) {
            SqlNode alias = ((SqlCall) e).operand(1);
            return new Named(((SqlIdentifier) alias).getSimple(), 2);
        }
        if (e instanceof SqlIdentifier) {
            SqlIdentifier id = (SqlIdentifier) e;
            return new Named(id.isStar() ? STAR : id.names.get(id.names.size() - 1), 2);
        }
        if (e instanceof SqlIntervalLiteral) {
            return new Named("interval", 1);
        }
        if (e instanceof SqlLiteral) {
            switch (((SqlLiteral) e).getTypeName()) {
                case DATE:
                    return new Named("date", 1);
                case TIME:
                    return new Named("time", 1);
                case TIMESTAMP:
                    return new Named("timestamp", 1);
                default:
                    return Named.NONE;
            }
        }
        if (e instanceof SqlSelect) {
            List<String> inner = names(e);
            return inner != null && inner.size() == 1 && !inner.get(0).equals(STAR)
                    ? new Named(inner.get(0), 2) : Named.NONE;
        }
        if (!(e instanceof SqlCall)) {
            return Named.NONE;
        }
        SqlCall call = (SqlCall) e;
        switch (call.getKind()) {
            case CAST: {
                Named inner = named(call.operand(0));
                if (inner.strength > 1) {
                    return inner;
                }
                SqlNode type = call.operand(1);
                return type instanceof SqlDataTypeSpec ? new Named(pgTypeName((SqlDataTypeSpec) type), 1)
                        : new Named("interval", 1);
            }
            case CASE: {
                SqlNode otherwise = ((SqlCase) call).getElseOperand();
                Named result = otherwise == null ? Named.NONE : named(otherwise);
                return result.strength > 1 ? result : new Named("case", 1);
            }
            case EXISTS:
                return new Named("exists", 2);
            case ARRAY_VALUE_CONSTRUCTOR:
                return new Named("array", 2);
            case ROW:
                return new Named("row", 2);
            case COALESCE:
                return new Named("coalesce", 2);
            case NULLIF:
                return new Named("nullif", 2);
            case OVER:
                return named(call.operand(0));
            case SCALAR_QUERY:
                return named(call.operand(0));
            case TRIM: {
                Object flag = ((SqlLiteral) call.operand(0)).getValue();
                return new Named(flag == SqlTrimFunction.Flag.LEADING ? "ltrim"
                        : flag == SqlTrimFunction.Flag.TRAILING ? "rtrim" : "btrim", 2);
            }
            default:
                break;
        }
        if (call.getOperator() instanceof org.apache.calcite.sql.SqlFunction) {
            String n = call.getOperator().getName().toLowerCase(Locale.ROOT);
            return new Named(n.equals("$sum0") ? "sum" : n, 2);
        }
        return Named.NONE;
    }

    /** PostgreSQL's internal name of a written type ({@code int} is int4, {@code char(3)} is bpchar). */
    private static String pgTypeName(SqlDataTypeSpec spec) {
        String t = spec.getTypeName().getSimple().toLowerCase(Locale.ROOT);
        if (spec.getTypeNameSpec() instanceof org.apache.calcite.sql.SqlCollectionTypeNameSpec) {
            return "_" + pgTypeName(new SqlDataTypeSpec(((org.apache.calcite.sql.SqlCollectionTypeNameSpec)
                    spec.getTypeNameSpec()).getElementTypeName(), spec.getParserPosition()));
        }
        switch (t) {
            case "integer":
            case "int":
                return "int4";
            case "bigint":
                return "int8";
            case "smallint":
            case "tinyint":
                return "int2";
            case "double":
            case "float":
                return "float8";
            case "real":
                return "float4";
            case "boolean":
                return "bool";
            case "decimal":
                return "numeric";
            case "char":
                return "bpchar";
            case "varbinary":
            case "binary":
                return "bytea";
            case "varchar":
                // Freshet's parser maps text to an unbounded VARCHAR
                return spec.getTypeNameSpec() instanceof org.apache.calcite.sql.SqlBasicTypeNameSpec
                        && ((org.apache.calcite.sql.SqlBasicTypeNameSpec) spec.getTypeNameSpec()).getPrecision() < 0
                        ? "text" : "varchar";
            case "timestamp_with_local_time_zone":
                return "timestamptz";
            default:
                return t;
        }
    }
}
