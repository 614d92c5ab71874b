package io.freshet.executor.expr;

import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tiny s-expression language for building Freshet expressions in test tables, and the
 * PostgreSQL SQL text of the same expression.
 *
 * <pre>
 * expr    := call | literal
 * call    := '(' name ':' type expr* ')'           e.g. (+:int4 1 2), (lower:text 'AbC')
 * literal := 'text' ['::' type]                     text with SQL quoting ('' for '), default type text
 *          | integer (int4, or int8 when large) | decimal (numeric) | true | false | null::type
 * type    := a DataType text form (int4, numeric(10,2), varchar(3), int4[], struct&lt;a int4, b text&gt;)
 *            or an alias (int, bigint, smallint, real, double, boolean, varchar)
 * </pre>
 */
final class ExprDsl {
    private static final Map<String, String> ALIASES = Map.of("int", "int4", "integer", "int4", "bigint", "int8",
            "smallint", "int2", "real", "float4", "double", "float8", "boolean", "bool", "varchar", "text");

    private final String s;
    private final EvalContext ctx;
    private int pos;

    private ExprDsl(String s, EvalContext ctx) {
        this.s = s;
        this.ctx = ctx;
    }

    /** Builds the expression (literals are parsed with {@code ctx}, as PostgreSQL parses them in its session). */
    static Expr parse(String text, EvalContext ctx) {
        ExprDsl p = new ExprDsl(text, ctx);
        Expr e = p.expr();
        p.skip();
        if (p.pos != p.s.length()) {
            throw new IllegalArgumentException("unexpected text at " + p.pos + " in " + text);
        }
        return e;
    }

    /** PostgreSQL SQL for the DSL text, without building anything. */
    static String toSql(String text) {
        ExprDsl p = new ExprDsl(text, null);
        String sql = p.sql();
        p.skip();
        if (p.pos != p.s.length()) {
            throw new IllegalArgumentException("unexpected text at " + p.pos + " in " + text);
        }
        return sql;
    }

    static DataType type(String t) {
        String name = ALIASES.getOrDefault(t, t);
        return DataType.parse(name);
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private Expr expr() {
        skip();
        char c = s.charAt(pos);
        if (c == '(') {
            pos++;
            String name = readName();
            DataType ret = type(readType());
            List<Expr> args = new ArrayList<>();
            while (true) {
                skip();
                if (s.charAt(pos) == ')') {
                    pos++;
                    break;
                }
                args.add(expr());
            }
            return new Call(name, args, ret);
        }
        return literal();
    }

    private String sql() {
        skip();
        char c = s.charAt(pos);
        if (c == '(') {
            pos++;
            String name = readName();
            String ret = readType();
            List<String> args = new ArrayList<>();
            while (true) {
                skip();
                if (s.charAt(pos) == ')') {
                    pos++;
                    break;
                }
                args.add(sql());
            }
            return callSql(name, type(ret), args);
        }
        int start = pos;
        literal();
        String lit = s.substring(start, pos).trim();
        if (lit.startsWith("'") && !lit.contains("::")) {
            return lit + "::text";
        }
        if (lit.contains("::")) {
            int i = lit.lastIndexOf("::");
            return "(" + lit.substring(0, i) + "::" + pgType(type(lit.substring(i + 2))) + ")";
        }
        return lit.startsWith("-") ? "(" + lit + ")" : lit;
    }

    static String pgType(DataType t) {
        return t.toString();
    }

    private static String callSql(String name, DataType ret, List<String> a) {
        switch (name) {
            case "cast":
                return "CAST(" + a.get(0) + " AS " + pgType(ret) + ")";
            case "neg":
                return "(- " + a.get(0) + ")";
            case "not":
                return "(NOT " + a.get(0) + ")";
            case "is_null":
                return "(" + a.get(0) + " IS NULL)";
            case "is_not_null":
                return "(" + a.get(0) + " IS NOT NULL)";
            case "is_true":
                return "(" + a.get(0) + " IS TRUE)";
            case "is_not_true":
                return "(" + a.get(0) + " IS NOT TRUE)";
            case "is_false":
                return "(" + a.get(0) + " IS FALSE)";
            case "is_not_false":
                return "(" + a.get(0) + " IS NOT FALSE)";
            case "is_distinct_from":
                return "(" + a.get(0) + " IS DISTINCT FROM " + a.get(1) + ")";
            case "is_not_distinct_from":
                return "(" + a.get(0) + " IS NOT DISTINCT FROM " + a.get(1) + ")";
            case "like":
            case "not_like":
            case "ilike":
            case "not_ilike":
            case "similar_to": {
                String op = name.replace('_', ' ').toUpperCase();
                return "(" + a.get(0) + " " + op + " " + a.get(1) + (a.size() > 2 ? " ESCAPE " + a.get(2) : "") + ")";
            }
            case "item":
                return "(" + a.get(0) + ")[" + a.get(1) + "]";
            case "extract":
                return "extract(" + unquote(a.get(0)) + " from " + a.get(1) + ")";
            case "position":
                return "position(" + a.get(0) + " in " + a.get(1) + ")";
            case "current_date":
            case "current_timestamp":
            case "localtimestamp":
                return name;
            default:
                if (!Character.isLetter(name.charAt(0)) && a.size() == 2) {
                    return "(" + a.get(0) + " " + name + " " + a.get(1) + ")";
                }
                return name + "(" + String.join(", ", a) + ")";
        }
    }

    private static String unquote(String lit) {
        String t = lit.endsWith("::text") ? lit.substring(0, lit.length() - 6) : lit;
        return t.substring(1, t.length() - 1);
    }

    private String readName() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != ':') {
            pos++;
        }
        return s.substring(start, pos++);
    }

    private String readType() {
        int start = pos;
        int depth = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '(' || c == '<') {
                depth++;
            } else if (c == ')' || c == '>') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (Character.isWhitespace(c) && depth == 0) {
                break;
            }
            pos++;
        }
        return s.substring(start, pos);
    }

    private Expr literal() {
        skip();
        char c = s.charAt(pos);
        String text;
        boolean quoted = false;
        if (c == '\'') {
            StringBuilder b = new StringBuilder();
            pos++;
            while (true) {
                char d = s.charAt(pos++);
                if (d == '\'') {
                    if (pos < s.length() && s.charAt(pos) == '\'') {
                        b.append('\'');
                        pos++;
                        continue;
                    }
                    break;
                }
                b.append(d);
            }
            text = b.toString();
            quoted = true;
        } else {
            int start = pos;
            while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && s.charAt(pos) != ')'
                    && !s.startsWith("::", pos)) {
                pos++;
            }
            text = s.substring(start, pos);
        }
        DataType type = null;
        if (s.startsWith("::", pos)) {
            pos += 2;
            type = type(readType());
        }
        if (ctx == null) {
            return null;
        }
        if (!quoted && text.equals("null")) {
            return Literal.nullOf(type == null ? DataType.NULL : type);
        }
        if (type == null) {
            if (quoted) {
                type = DataType.TEXT;
            } else if (text.equals("true") || text.equals("false")) {
                type = DataType.BOOLEAN;
            } else if (text.matches("-?\\d+")) {
                long v = Long.parseLong(text);
                type = v == (int) v ? DataType.INTEGER : DataType.BIGINT;
            } else {
                type = DataType.NUMERIC;
            }
        }
        if (type.kind() == TypeKind.VARCHAR && type.hasPrecision()) {
            Object v = ValueText.parse(text, DataType.TEXT, ctx);
            return new Call("cast", List.of(new Literal(v, DataType.TEXT)), type);
        }
        return new Literal(ValueText.parse(text, type, ctx), type);
    }
}
