package io.freshet.planner;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.And;
import io.freshet.executor.expr.Call;
import io.freshet.executor.expr.Case;
import io.freshet.executor.expr.Coalesce;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.expr.FieldAccess;
import io.freshet.executor.expr.InputRef;
import io.freshet.executor.expr.Literal;
import io.freshet.executor.expr.Or;
import io.freshet.executor.expr.Param;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ByteString;
import io.freshet.executor.value.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;

/**
 * Lowers Calcite row expressions into executor {@link Expr}s with PostgreSQL semantics.
 * Operands of comparisons and arithmetic are cast to one common type first (the executor's
 * operators are defined on equal types); Calcite's operators map to the executor's function
 * names (operators by symbol, functions by PostgreSQL's lower-case name).
 */
final class RexLowering {
    /** What {@code version()} returns: PostgreSQL's format, as tools parse it, naming Freshet. */
    static final String VERSION = "PostgreSQL 15.0 (Freshet 0.1.0) on x86_64-pc-linux-gnu, compiled by javac 17, 64-bit";

    private final RexBuilder rexBuilder;

    RexLowering(RexBuilder rexBuilder) {
        this.rexBuilder = rexBuilder;
    }

    /** Executor type of a Calcite expression: DECIMAL results of computations are unconstrained. */
    static DataType typeOf(RexNode e) {
        DataType t = TypeConverter.toDataType(e.getType());
        if (t.kind() == TypeKind.NUMERIC && e instanceof RexCall && e.getKind() != SqlKind.CAST) {
            return DataType.NUMERIC;
        }
        if (t.kind() == TypeKind.VARCHAR && e instanceof RexCall && e.getKind() != SqlKind.CAST) {
            return DataType.TEXT;
        }
        return t;
    }

    Expr lower(RexNode e) {
        if (e instanceof RexInputRef) {
            return new InputRef(((RexInputRef) e).getIndex(), TypeConverter.toDataType(e.getType()));
        }
        if (e instanceof RexLiteral) {
            return literal((RexLiteral) e);
        }
        if (e instanceof RexDynamicParam) {
            return new Param(((RexDynamicParam) e).getIndex(), TypeConverter.toDataType(e.getType()));
        }
        if (e instanceof RexFieldAccess) {
            RexFieldAccess fa = (RexFieldAccess) e;
            return new FieldAccess(lower(fa.getReferenceExpr()), fa.getField().getIndex());
        }
        if (e instanceof RexCall) {
            return call((RexCall) e);
        }
        throw FreshetException.notSupported("expression " + e);
    }

    List<Expr> lowerAll(List<RexNode> es) {
        List<Expr> out = new ArrayList<>(es.size());
        for (RexNode e : es) {
            out.add(lower(e));
        }
        return out;
    }

    // ------------------------------------------------------------------ literals

    static Literal literal(RexLiteral lit) {
        DataType type = TypeConverter.toDataType(lit.getType());
        if (lit.isNull()) {
            return Literal.nullOf(type);
        }
        SqlTypeName n = lit.getType().getSqlTypeName();
        switch (n) {
            case BOOLEAN:
                return new Literal(lit.getValueAs(Boolean.class), type);
            case TINYINT:
            case SMALLINT:
                return new Literal(lit.getValueAs(BigDecimal.class).shortValueExact(), type);
            case INTEGER:
                return new Literal(lit.getValueAs(BigDecimal.class).intValueExact(), type);
            case BIGINT:
                return new Literal(lit.getValueAs(BigDecimal.class).longValueExact(), type);
            case DECIMAL:
                return new Literal(lit.getValueAs(BigDecimal.class), DataType.NUMERIC);
            case REAL:
                return new Literal(lit.getValueAs(Double.class).floatValue(), type);
            case FLOAT:
            case DOUBLE:
                return new Literal(lit.getValueAs(Double.class), type);
            case CHAR:
            case VARCHAR: {
                NlsString s = lit.getValueAs(NlsString.class);
                return new Literal(s == null ? lit.getValueAs(String.class) : s.getValue(), type);
            }
            case BINARY:
            case VARBINARY:
                return new Literal(ByteString.copyOf(lit.getValueAs(org.apache.calcite.avatica.util.ByteString.class)
                        .getBytes()), DataType.BYTEA);
            case DATE:
                return new Literal(lit.getValueAs(DateString.class).getDaysSinceEpoch(), type);
            case TIME:
                return new Literal(timeMicros(lit.getValueAs(TimeString.class).toString()), type);
            case TIMESTAMP:
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                return new Literal(timestampMicros(lit.getValueAs(TimestampString.class).toString()), type);
            default:
                if (SqlTypeName.YEAR_INTERVAL_TYPES.contains(n)) {
                    return new Literal(Interval.ofMonths(lit.getValueAs(BigDecimal.class).intValueExact()),
                            DataType.INTERVAL);
                }
                if (SqlTypeName.DAY_INTERVAL_TYPES.contains(n)) {
                    long millis = lit.getValueAs(BigDecimal.class).longValue();
                    TimeUnit start = lit.getType().getIntervalQualifier().getStartUnit();
                    if (start == TimeUnit.DAY || start == TimeUnit.WEEK) {
                        int days = (int) (millis / 86_400_000L);
                        return new Literal(new Interval(0, days, (millis - days * 86_400_000L) * 1000), DataType.INTERVAL);
                    }
                    return new Literal(Interval.ofMicros(millis * 1000), DataType.INTERVAL);
                }
                throw FreshetException.notSupported("literal of type " + lit.getType());
        }
    }

    /** Microseconds of a Calcite TIME string ({@code HH:MM:SS[.fffffffff]}). */
    static long timeMicros(String s) {
        String[] parts = s.split(":");
        long h = Long.parseLong(parts[0]);
        long m = Long.parseLong(parts[1]);
        String sec = parts[2];
        long whole;
        long frac = 0;
        int dot = sec.indexOf('.');
        if (dot >= 0) {
            whole = Long.parseLong(sec.substring(0, dot));
            String f = (sec.substring(dot + 1) + "000000").substring(0, 6);
            frac = Long.parseLong(f);
        } else {
            whole = Long.parseLong(sec);
        }
        return ((h * 60 + m) * 60 + whole) * 1_000_000L + frac;
    }

    /** Microseconds since the epoch of a Calcite TIMESTAMP string ({@code YYYY-MM-DD HH:MM:SS[.f]}). */
    static long timestampMicros(String s) {
        int space = s.indexOf(' ');
        DateString d = new DateString(s.substring(0, space));
        return d.getDaysSinceEpoch() * 86_400_000_000L + timeMicros(s.substring(space + 1));
    }

    // ------------------------------------------------------------------ calls

    private Expr call(RexCall call) {
        SqlOperator op = call.getOperator();
        String name = op.getName().toUpperCase(Locale.ROOT);
        List<RexNode> ops = call.getOperands();
        DataType type = typeOf(call);
        switch (call.getKind()) {
            case AND: {
                List<Expr> parts = new ArrayList<>();
                for (RexNode o : RexUtil.flattenAnd(ops)) {
                    parts.add(lower(o));
                }
                return new And(parts);
            }
            case OR: {
                List<Expr> parts = new ArrayList<>();
                for (RexNode o : RexUtil.flattenOr(ops)) {
                    parts.add(lower(o));
                }
                return new Or(parts);
            }
            case NOT:
                return Call.of("not", DataType.BOOLEAN, lower(ops.get(0)));
            case SEARCH:
                return lower(RexUtil.expandSearch(rexBuilder, null, call));
            case CASE: {
                List<Expr> conds = new ArrayList<>();
                List<Expr> results = new ArrayList<>();
                for (int i = 0; i + 1 < ops.size(); i += 2) {
                    conds.add(lower(ops.get(i)));
                    results.add(castTo(lower(ops.get(i + 1)), type));
                }
                Expr otherwise = ops.size() % 2 == 1 ? castTo(lower(ops.get(ops.size() - 1)), type) : Literal.nullOf(type);
                return new Case(conds, results, otherwise, type);
            }
            case COALESCE: {
                List<Expr> parts = new ArrayList<>();
                for (RexNode o : ops) {
                    parts.add(castTo(lower(o), type));
                }
                return new Coalesce(parts, type);
            }
            case CAST:
            case SAFE_CAST: {
                DataType target = TypeConverter.toDataType(call.getType());
                Expr in = lower(ops.get(0));
                if (in.type().equals(target)) {
                    return in;
                }
                if (in instanceof Literal) {
                    // fold casts of constants with the executor's own semantics
                    Expr cast = castTo(in, target);
                    return new Literal(cast.eval(null, EvalContext.UTC), target);
                }
                return castTo(in, target);
            }
            case REINTERPRET:
                return lower(ops.get(0));
            case EQUALS:
                return compare("=", ops);
            case NOT_EQUALS:
                return compare("<>", ops);
            case LESS_THAN:
                return compare("<", ops);
            case LESS_THAN_OR_EQUAL:
                return compare("<=", ops);
            case GREATER_THAN:
                return compare(">", ops);
            case GREATER_THAN_OR_EQUAL:
                return compare(">=", ops);
            case IS_DISTINCT_FROM:
                return compare("is_distinct_from", ops);
            case IS_NOT_DISTINCT_FROM:
                return compare("is_not_distinct_from", ops);
            case IS_NULL:
            case IS_UNKNOWN:
                return Call.of("is_null", DataType.BOOLEAN, lower(ops.get(0)));
            case IS_NOT_NULL:
                return Call.of("is_not_null", DataType.BOOLEAN, lower(ops.get(0)));
            case IS_TRUE:
                return Call.of("is_true", DataType.BOOLEAN, lower(ops.get(0)));
            case IS_NOT_TRUE:
                return Call.of("is_not_true", DataType.BOOLEAN, lower(ops.get(0)));
            case IS_FALSE:
                return Call.of("is_false", DataType.BOOLEAN, lower(ops.get(0)));
            case IS_NOT_FALSE:
                return Call.of("is_not_false", DataType.BOOLEAN, lower(ops.get(0)));
            case PLUS:
                return arithmetic("+", ops, type);
            case MINUS:
                return arithmetic("-", ops, type);
            case TIMES:
                return arithmetic("*", ops, type);
            case DIVIDE:
                return arithmetic("/", ops, type);
            case MOD:
                return arithmetic("%", ops, type);
            case MINUS_PREFIX:
                return Call.of("neg", type, castTo(lower(ops.get(0)), type));
            case PLUS_PREFIX:
                return lower(ops.get(0));
            case LIKE:
                return Call.of(likeName(call), DataType.BOOLEAN, lowerAll(ops).toArray(new Expr[0]));
            case SIMILAR:
                return new Call("similar_to", lowerAll(ops), DataType.BOOLEAN);
            case POSIX_REGEX_CASE_SENSITIVE:
                return new Call(name.startsWith("NEGATED") || name.startsWith("!") ? "!~" : "~", lowerAll(ops.subList(0, 2)),
                        DataType.BOOLEAN);
            case POSIX_REGEX_CASE_INSENSITIVE:
                return new Call(name.startsWith("NEGATED") || name.startsWith("!") ? "!~*" : "~*",
                        lowerAll(ops.subList(0, 2)), DataType.BOOLEAN);
            case EXTRACT: {
                Object field = ((RexLiteral) ops.get(0)).getValue();
                String unit = (field instanceof TimeUnitRange ? ((TimeUnitRange) field).name()
                        : ((RexLiteral) ops.get(0)).getValueAs(String.class)).toLowerCase(Locale.ROOT);
                // PostgreSQL's extract returns numeric and date_part double precision; Calcite types
                // both as BIGINT, so the value is cast to what the rest of the plan expects
                boolean datePart = name.equals("DATE_PART");
                Expr value = Call.of(datePart ? "date_part" : "extract", datePart ? DataType.DOUBLE : DataType.NUMERIC,
                        new Literal(unit, DataType.TEXT), lower(ops.get(1)));
                return castTo(value, type);
            }
            case TRIM: {
                SqlTrimFunction.Flag flag = (SqlTrimFunction.Flag) ((RexLiteral) ops.get(0)).getValue();
                String fn = flag == SqlTrimFunction.Flag.LEADING ? "ltrim"
                        : flag == SqlTrimFunction.Flag.TRAILING ? "rtrim" : "btrim";
                return Call.of(fn, type, lower(ops.get(2)), lower(ops.get(1)));
            }
            case FLOOR:
            case CEIL:
                if (ops.size() == 2 && ops.get(1) instanceof RexLiteral
                        && ((RexLiteral) ops.get(1)).getValue() instanceof TimeUnitRange) {
                    String unit = ((TimeUnitRange) ((RexLiteral) ops.get(1)).getValue()).name().toLowerCase(Locale.ROOT);
                    if (call.getKind() == SqlKind.CEIL) {
                        throw FreshetException.notSupported("CEIL(... TO " + unit + ")");
                    }
                    return Call.of("date_trunc", type, new Literal(unit, DataType.TEXT), lower(ops.get(0)));
                }
                return new Call(call.getKind() == SqlKind.FLOOR ? "floor" : "ceil", lowerAll(ops), type);
            case POSITION:
                if (name.equals("STRPOS")) {
                    return new Call("strpos", lowerAll(ops), type);
                }
                return new Call("position", lowerAll(ops), type);
            case ITEM:
                return new Call("item", lowerAll(ops), type);
            case ROW:
                return new Call("row", lowerAll(ops), type);
            case ARRAY_VALUE_CONSTRUCTOR: {
                List<Expr> parts = new ArrayList<>();
                for (RexNode o : ops) {
                    parts.add(castTo(lower(o), type.elementType()));
                }
                return new Call("array", parts, type);
            }
            case GREATEST:
            case LEAST:
            case GREATEST_PG:
            case LEAST_PG:
            case NULLIF: {
                List<Expr> parts = new ArrayList<>();
                for (RexNode o : ops) {
                    parts.add(castTo(lower(o), commonOf(ops)));
                }
                return new Call(name.toLowerCase(Locale.ROOT), parts, type);
            }
            default:
                break;
        }
        switch (name) {
            case "||":
                return new Call("||", castAll(lowerAll(ops), DataType.TEXT), DataType.TEXT);
            case "CHAR_LENGTH":
            case "CHARACTER_LENGTH":
            case "LENGTH":
                return new Call("length", lowerAll(ops), type);
            case "SUBSTR":
            case "SUBSTRING":
                return new Call("substring", lowerAll(ops), type);
            case "TRUNCATE":
                return new Call("trunc", lowerAll(ops), type);
            case "RAND":
                return new Call("random", lowerAll(ops), type);
            case "LOG10":
                return new Call("log", lowerAll(ops), type);
            case "CURRENT_USER":
            case "SESSION_USER":
            case "USER":
            case "CURRENT_ROLE":
                return new Literal("freshet", DataType.TEXT);
            case "CURRENT_SCHEMA":
                return new Literal(CatalogSchema.NAME, DataType.TEXT);
            case "CURRENT_CATALOG":
            case "CURRENT_DATABASE":
                return new Literal("freshet", DataType.TEXT);
            case "VERSION":
                return new Literal(VERSION, DataType.TEXT);
            default:
                return new Call(name.toLowerCase(Locale.ROOT), lowerAll(ops), type);
        }
    }

    private static String likeName(RexCall call) {
        String n = call.getOperator().getName().toUpperCase(Locale.ROOT);
        boolean negated = n.startsWith("NOT");
        boolean insensitive = n.contains("ILIKE");
        return (negated ? "not_" : "") + (insensitive ? "ilike" : "like");
    }

    /** A comparison with both operands cast to their common type. */
    private Expr compare(String fn, List<RexNode> ops) {
        Expr a = lower(ops.get(0));
        Expr b = lower(ops.get(1));
        DataType common = common(a.type(), b.type());
        return Call.of(fn, DataType.BOOLEAN, castTo(a, common), castTo(b, common));
    }

    /** Arithmetic with operands cast to the result type, except where PostgreSQL mixes types. */
    private Expr arithmetic(String fn, List<RexNode> ops, DataType resultType) {
        Expr a = lower(ops.get(0));
        Expr b = lower(ops.get(1));
        TypeKind ka = a.type().kind();
        TypeKind kb = b.type().kind();
        if (resultType.kind().isNumeric() && (ka.isNumeric() || ka == TypeKind.NULL)
                && (kb.isNumeric() || kb == TypeKind.NULL)) {
            DataType t = resultType.withoutModifiers();
            return Call.of(fn, t, castTo(a, t), castTo(b, t));
        }
        // interval arithmetic with numbers uses float8 factors
        if (ka == TypeKind.INTERVAL && kb.isNumeric() && (fn.equals("*") || fn.equals("/"))) {
            return Call.of(fn, resultType, a, castTo(b, DataType.DOUBLE));
        }
        if (kb == TypeKind.INTERVAL && ka.isNumeric() && fn.equals("*")) {
            return Call.of(fn, resultType, b, castTo(a, DataType.DOUBLE));
        }
        return Call.of(fn, resultType, a, b);
    }

    private static DataType commonOf(List<RexNode> ops) {
        DataType t = DataType.NULL;
        for (RexNode o : ops) {
            t = common(t, typeOf(o));
        }
        return t;
    }

    /** The type two operands are compared or combined in, following PostgreSQL's preferences. */
    static DataType common(DataType a, DataType b) {
        if (a.kind() == TypeKind.NULL) {
            return b;
        }
        if (b.kind() == TypeKind.NULL || a.equals(b)) {
            return a;
        }
        TypeKind ka = a.kind();
        TypeKind kb = b.kind();
        if (ka == kb) {
            return a.withoutModifiers();
        }
        if (ka.isNumeric() && kb.isNumeric()) {
            return DataType.of(numericRank(ka) >= numericRank(kb) ? ka : kb);
        }
        if (ka == TypeKind.VARCHAR) {
            return b.withoutModifiers();
        }
        if (kb == TypeKind.VARCHAR) {
            return a.withoutModifiers();
        }
        if (ka.isDateTime() && kb.isDateTime()) {
            if (ka == TypeKind.TIMESTAMPTZ || kb == TypeKind.TIMESTAMPTZ) {
                return DataType.TIMESTAMPTZ;
            }
            return DataType.TIMESTAMP;
        }
        throw new FreshetException(SqlState.DATATYPE_MISMATCH, "cannot compare " + a + " with " + b);
    }

    private static int numericRank(TypeKind k) {
        switch (k) {
            case SMALLINT:
                return 1;
            case INTEGER:
                return 2;
            case BIGINT:
                return 3;
            case NUMERIC:
                return 4;
            case REAL:
                return 5;
            default:
                return 6;
        }
    }

    /** {@code e} cast to {@code target} unless it already has that type (modifiers aside). */
    static Expr castTo(Expr e, DataType target) {
        if (target == null || target.kind() == TypeKind.NULL) {
            return e;
        }
        DataType t = e.type();
        if (t.equals(target) || t.kind() == target.kind() && !target.hasPrecision()) {
            return e;
        }
        if (e instanceof Literal && ((Literal) e).isNull()) {
            return Literal.nullOf(target);
        }
        return Call.of("cast", target, e);
    }

    private static List<Expr> castAll(List<Expr> es, DataType target) {
        List<Expr> out = new ArrayList<>();
        for (Expr e : es) {
            out.add(castTo(e, target));
        }
        return out;
    }

    /** Whether a Calcite type is a character type (used when deciding implicit text casts). */
    static boolean isCharacter(RexNode e) {
        return SqlTypeFamily.CHARACTER.contains(e.getType());
    }
}
