package io.freshet.executor.expr.function;

import static io.freshet.executor.type.TypeKind.BIGINT;
import static io.freshet.executor.type.TypeKind.BYTEA;
import static io.freshet.executor.type.TypeKind.INTEGER;
import static io.freshet.executor.type.TypeKind.VARCHAR;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ByteString;
import io.freshet.executor.value.ValueText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Text functions with PostgreSQL's semantics on code points: {@code ||}, {@code length} &
 * co., {@code lower}, {@code upper}, {@code initcap}, {@code substring}, {@code position},
 * {@code strpos}, the trims, {@code overlay}, {@code replace}, {@code split_part},
 * {@code left}, {@code right}, {@code lpad}, {@code rpad}, {@code repeat}, {@code reverse},
 * {@code starts_with}, {@code translate}, {@code ascii}, {@code chr}, {@code concat},
 * {@code concat_ws}, {@code quote_ident}, {@code quote_literal}, {@code quote_nullable} and
 * {@code format}.
 */
final class StringFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.registerSimple("||", Signature.of(VARCHAR, VARCHAR), (a, c) -> ((String) a[0]).concat((String) a[1]));
        r.register("||", Signature.any(2), (types, ret) -> {
            DataType t0 = types.get(0);
            DataType t1 = types.get(1);
            if (t0.kind() == TypeKind.ARRAY || t1.kind() == TypeKind.ARRAY || t0.kind() == TypeKind.JSONB
                    || t0.kind() == BYTEA) {
                return null;
            }
            return (a, c) -> ValueText.format(a[0], t0, c).concat(ValueText.format(a[1], t1, c));
        });
        for (String name : new String[] {"length", "char_length", "character_length"}) {
            r.registerSimple(name, Signature.of(VARCHAR), (a, c) -> codePoints((String) a[0]));
            r.registerSimple(name, Signature.of(BYTEA), (a, c) -> ((ByteString) a[0]).length());
        }
        r.registerSimple("octet_length", Signature.of(VARCHAR), (a, c) -> utf8Length((String) a[0]));
        r.registerSimple("octet_length", Signature.of(BYTEA), (a, c) -> ((ByteString) a[0]).length());
        r.registerSimple("bit_length", Signature.of(VARCHAR), (a, c) -> utf8Length((String) a[0]) * 8);
        r.registerSimple("lower", Signature.of(VARCHAR), (a, c) -> ((String) a[0]).toLowerCase(Locale.ROOT));
        r.registerSimple("upper", Signature.of(VARCHAR), (a, c) -> ((String) a[0]).toUpperCase(Locale.ROOT));
        r.registerSimple("initcap", Signature.of(VARCHAR), (a, c) -> initcap((String) a[0]));
        r.registerSimple("substring", Signature.of(VARCHAR, INTEGER), (a, c) ->
                substring((String) a[0], (Integer) a[1], Long.MAX_VALUE / 4));
        r.registerSimple("substring", Signature.of(VARCHAR, INTEGER, INTEGER), (a, c) ->
                substring((String) a[0], (Integer) a[1], (Integer) a[2]));
        r.registerSimple("substr", Signature.of(VARCHAR, INTEGER), (a, c) ->
                substring((String) a[0], (Integer) a[1], Long.MAX_VALUE / 4));
        r.registerSimple("substr", Signature.of(VARCHAR, INTEGER, INTEGER), (a, c) ->
                substring((String) a[0], (Integer) a[1], (Integer) a[2]));
        r.registerSimple("position", Signature.of(VARCHAR, VARCHAR), (a, c) -> strpos((String) a[1], (String) a[0]));
        r.registerSimple("strpos", Signature.of(VARCHAR, VARCHAR), (a, c) -> strpos((String) a[0], (String) a[1]));
        r.registerSimple("trim", Signature.of(VARCHAR), (a, c) -> trim((String) a[0], " ", true, true));
        r.registerSimple("btrim", Signature.of(VARCHAR), (a, c) -> trim((String) a[0], " ", true, true));
        r.registerSimple("ltrim", Signature.of(VARCHAR), (a, c) -> trim((String) a[0], " ", true, false));
        r.registerSimple("rtrim", Signature.of(VARCHAR), (a, c) -> trim((String) a[0], " ", false, true));
        r.registerSimple("trim", Signature.of(VARCHAR, VARCHAR), (a, c) -> trim((String) a[0], (String) a[1], true, true));
        r.registerSimple("btrim", Signature.of(VARCHAR, VARCHAR), (a, c) -> trim((String) a[0], (String) a[1], true, true));
        r.registerSimple("ltrim", Signature.of(VARCHAR, VARCHAR), (a, c) -> trim((String) a[0], (String) a[1], true, false));
        r.registerSimple("rtrim", Signature.of(VARCHAR, VARCHAR), (a, c) -> trim((String) a[0], (String) a[1], false, true));
        r.registerSimple("overlay", Signature.of(VARCHAR, VARCHAR, INTEGER), (a, c) ->
                overlay((String) a[0], (String) a[1], (Integer) a[2], codePoints((String) a[1])));
        r.registerSimple("overlay", Signature.of(VARCHAR, VARCHAR, INTEGER, INTEGER), (a, c) ->
                overlay((String) a[0], (String) a[1], (Integer) a[2], (Integer) a[3]));
        r.registerSimple("replace", Signature.of(VARCHAR, VARCHAR, VARCHAR), (a, c) -> {
            String from = (String) a[1];
            return from.isEmpty() ? a[0] : ((String) a[0]).replace(from, (String) a[2]);
        });
        r.registerSimple("split_part", Signature.of(VARCHAR, VARCHAR, INTEGER), (a, c) ->
                splitPart((String) a[0], (String) a[1], (Integer) a[2]));
        r.registerSimple("left", Signature.of(VARCHAR, INTEGER), (a, c) -> left((String) a[0], (Integer) a[1]));
        r.registerSimple("right", Signature.of(VARCHAR, INTEGER), (a, c) -> right((String) a[0], (Integer) a[1]));
        r.registerSimple("lpad", Signature.of(VARCHAR, INTEGER), (a, c) -> pad((String) a[0], (Integer) a[1], " ", true));
        r.registerSimple("lpad", Signature.of(VARCHAR, INTEGER, VARCHAR), (a, c) ->
                pad((String) a[0], (Integer) a[1], (String) a[2], true));
        r.registerSimple("rpad", Signature.of(VARCHAR, INTEGER), (a, c) -> pad((String) a[0], (Integer) a[1], " ", false));
        r.registerSimple("rpad", Signature.of(VARCHAR, INTEGER, VARCHAR), (a, c) ->
                pad((String) a[0], (Integer) a[1], (String) a[2], false));
        r.registerSimple("repeat", Signature.of(VARCHAR, INTEGER), (a, c) -> {
            int n = (Integer) a[1];
            String s = (String) a[0];
            if (n <= 0 || s.isEmpty()) {
                return "";
            }
            if ((long) n * s.length() > (1 << 28)) {
                throw new FreshetException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested length too large");
            }
            return s.repeat(n);
        });
        r.registerSimple("reverse", Signature.of(VARCHAR), (a, c) -> new StringBuilder((String) a[0]).reverse().toString());
        r.registerSimple("starts_with", Signature.of(VARCHAR, VARCHAR), (a, c) -> ((String) a[0]).startsWith((String) a[1]));
        r.registerSimple("translate", Signature.of(VARCHAR, VARCHAR, VARCHAR), (a, c) ->
                translate((String) a[0], (String) a[1], (String) a[2]));
        r.registerSimple("ascii", Signature.of(VARCHAR), (a, c) -> {
            String s = (String) a[0];
            return s.isEmpty() ? 0 : s.codePointAt(0);
        });
        r.registerSimple("chr", Signature.of(INTEGER), (a, c) -> {
            int cp = (Integer) a[0];
            if (cp == 0) {
                throw new FreshetException(SqlState.PROGRAM_LIMIT_EXCEEDED, "null character not permitted");
            }
            if (cp < 0 || cp > 0x10FFFF) {
                throw new FreshetException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                        "requested character too large for encoding: " + cp);
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                throw new FreshetException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                        "requested character not valid for encoding: " + cp);
            }
            return new String(Character.toChars(cp));
        });
        r.register("concat", Signature.any(0).variadic().nonStrict(), (types, ret) -> (a, c) -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < a.length; i++) {
                if (a[i] != null) {
                    b.append(ValueText.format(a[i], types.get(i), c));
                }
            }
            return b.toString();
        });
        r.register("concat_ws", Signature.any(1).variadic().nonStrict(), (types, ret) -> (a, c) -> {
            if (a[0] == null) {
                return null;
            }
            String sep = ValueText.format(a[0], types.get(0), c);
            StringBuilder b = new StringBuilder();
            boolean first = true;
            for (int i = 1; i < a.length; i++) {
                if (a[i] != null) {
                    if (!first) {
                        b.append(sep);
                    }
                    b.append(ValueText.format(a[i], types.get(i), c));
                    first = false;
                }
            }
            return b.toString();
        });
        r.registerSimple("quote_ident", Signature.of(VARCHAR), (a, c) -> quoteIdent((String) a[0]));
        r.register("quote_literal", Signature.any(1), (types, ret) -> (a, c) ->
                quoteLiteral(ValueText.format(a[0], types.get(0), c)));
        r.register("quote_nullable", Signature.any(1).nonStrict(), (types, ret) -> (a, c) ->
                a[0] == null ? "NULL" : quoteLiteral(ValueText.format(a[0], types.get(0), c)));
        r.register("format", Signature.any(1).variadic().nonStrict(), (types, ret) -> (a, c) -> {
            if (a[0] == null) {
                return null;
            }
            String[] texts = new String[a.length];
            for (int i = 1; i < a.length; i++) {
                texts[i] = a[i] == null ? null : ValueText.format(a[i], types.get(i), c);
            }
            return format((String) a[0], texts);
        });
        r.registerSimple("to_hex", Signature.of(INTEGER), (a, c) -> Integer.toHexString((Integer) a[0]));
        r.registerSimple("to_hex", Signature.of(BIGINT), (a, c) -> Long.toHexString((Long) a[0]));
    }

    static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String initcap(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(inWord ? Character.toLowerCase(cp) : Character.toUpperCase(cp));
                inWord = true;
            } else {
                b.appendCodePoint(cp);
                inWord = false;
            }
        }
        return b.toString();
    }

    /** PostgreSQL's {@code text_substr}: 1-based start that may be before the string. */
    static String substring(String s, long start, long count) {
        if (count < 0) {
            throw new FreshetException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        long from = Math.max(start, 1);
        long end = start + count;
        if (end <= from) {
            return "";
        }
        int n = codePoints(s);
        if (from > n) {
            return "";
        }
        int b = s.offsetByCodePoints(0, (int) (from - 1));
        int e = end - 1 >= n ? s.length() : s.offsetByCodePoints(0, (int) (end - 1));
        return s.substring(b, e);
    }

    static int strpos(String s, String sub) {
        int i = s.indexOf(sub);
        return i < 0 ? 0 : s.codePointCount(0, i) + 1;
    }

    private static String trim(String s, String chars, boolean leading, boolean trailing) {
        int b = 0;
        int e = s.length();
        if (leading) {
            while (b < e) {
                int cp = s.codePointAt(b);
                if (chars.indexOf(cp) < 0) {
                    break;
                }
                b += Character.charCount(cp);
            }
        }
        if (trailing) {
            while (e > b) {
                int cp = s.codePointBefore(e);
                if (chars.indexOf(cp) < 0) {
                    break;
                }
                e -= Character.charCount(cp);
            }
        }
        return s.substring(b, e);
    }

    private static String overlay(String s, String r, int from, int count) {
        if (count < 0) {
            throw new FreshetException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        return substring(s, 1, from - 1L) + r + substring(s, (long) from + count, Long.MAX_VALUE / 4);
    }

    private static String splitPart(String s, String delim, int n) {
        if (n == 0) {
            throw SqlErrors.invalidParameter("field position must not be zero");
        }
        if (delim.isEmpty()) {
            return n == 1 || n == -1 ? s : "";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        int i = 0;
        while (true) {
            int j = s.indexOf(delim, i);
            if (j < 0) {
                parts.add(s.substring(i));
                break;
            }
            parts.add(s.substring(i, j));
            i = j + delim.length();
        }
        if (s.isEmpty()) {
            return "";
        }
        int idx = n > 0 ? n - 1 : parts.size() + n;
        return idx >= 0 && idx < parts.size() ? parts.get(idx) : "";
    }

    private static String left(String s, int n) {
        int len = codePoints(s);
        int k = n >= 0 ? Math.min(n, len) : Math.max(len + n, 0);
        return s.substring(0, s.offsetByCodePoints(0, k));
    }

    private static String right(String s, int n) {
        int len = codePoints(s);
        int k = n >= 0 ? Math.min(n, len) : Math.max(len + n, 0);
        return s.substring(s.offsetByCodePoints(0, len - k));
    }

    private static String pad(String s, int len, String fill, boolean leftSide) {
        if (len <= 0) {
            return "";
        }
        int n = codePoints(s);
        if (n >= len || fill.isEmpty()) {
            return n >= len ? s.substring(0, s.offsetByCodePoints(0, len)) : s;
        }
        int need = len - n;
        StringBuilder p = new StringBuilder();
        int[] cps = fill.codePoints().toArray();
        for (int i = 0; i < need; i++) {
            p.appendCodePoint(cps[i % cps.length]);
        }
        return leftSide ? p + s : s + p;
    }

    private static String translate(String s, String from, String to) {
        int[] f = from.codePoints().toArray();
        int[] t = to.codePoints().toArray();
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int idx = -1;
            for (int i = 0; i < f.length; i++) {
                if (f[i] == cp) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                b.appendCodePoint(cp);
            } else if (idx < t.length) {
                b.appendCodePoint(t[idx]);
            }
        });
        return b.toString();
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("all", "analyse", "analyze", "and", "any",
            "array", "as", "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint",
            "create", "current_catalog", "current_date", "current_role", "current_time", "current_timestamp",
            "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false",
            "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into",
            "lateral", "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or",
            "order", "placing", "primary", "references", "returning", "select", "session_user", "some", "symmetric",
            "table", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when",
            "where", "window", "with", "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec",
            "decimal", "exists", "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval",
            "least", "national", "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay", "position",
            "precision", "real", "row", "setof", "smallint", "substring", "time", "timestamp", "treat", "trim",
            "values", "varchar", "xmlattributes", "authorization", "binary", "concurrently", "cross", "freeze", "full",
            "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
            "right", "similar", "tablesample", "verbose");

    static String quoteIdent(String s) {
        boolean safe = !s.isEmpty() && (Character.isLowerCase(s.charAt(0)) && s.charAt(0) < 128 || s.charAt(0) == '_');
        for (int i = 0; i < s.length() && safe; i++) {
            char ch = s.charAt(i);
            safe = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_';
        }
        if (safe && !KEYWORDS.contains(s)) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String quoteLiteral(String s) {
        StringBuilder b = new StringBuilder();
        if (s.indexOf('\\') >= 0) {
            b.append('E');
        }
        b.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\'' || ch == '\\') {
                b.append(ch);
            }
            b.append(ch);
        }
        return b.append('\'').toString();
    }

    /** PostgreSQL's {@code format}: %s, %I, %L with optional {@code n$} position and width. */
    private static String format(String fmt, String[] args) {
        StringBuilder b = new StringBuilder();
        int next = 1;
        for (int i = 0; i < fmt.length(); i++) {
            char ch = fmt.charAt(i);
            if (ch != '%') {
                b.append(ch);
                continue;
            }
            if (++i >= fmt.length()) {
                throw SqlErrors.invalidParameter("unterminated format() type specifier");
            }
            if (fmt.charAt(i) == '%') {
                b.append('%');
                continue;
            }
            int argIndex = -1;
            int j = i;
            while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) {
                j++;
            }
            if (j > i && j < fmt.length() && fmt.charAt(j) == '$') {
                argIndex = Integer.parseInt(fmt.substring(i, j));
                i = j + 1;
            }
            boolean leftAlign = false;
            if (i < fmt.length() && fmt.charAt(i) == '-') {
                leftAlign = true;
                i++;
            }
            int width = 0;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                width = width * 10 + (fmt.charAt(i++) - '0');
            }
            if (i >= fmt.length()) {
                throw SqlErrors.invalidParameter("unterminated format() type specifier");
            }
            char type = fmt.charAt(i);
            int idx = argIndex > 0 ? argIndex : next;
            next = idx + 1;
            if (type != 's' && type != 'I' && type != 'L') {
                throw SqlErrors.invalidParameter("unrecognized format() type specifier \"" + type + "\"");
            }
            if (idx >= args.length) {
                throw SqlErrors.invalidParameter("too few arguments for format()");
            }
            String v = args[idx];
            String out;
            if (type == 's') {
                out = v == null ? "" : v;
            } else if (type == 'I') {
                if (v == null) {
                    throw new FreshetException(SqlState.NULL_VALUE_NOT_ALLOWED,
                            "null values cannot be formatted as an SQL identifier");
                }
                out = quoteIdent(v);
            } else {
                out = v == null ? "NULL" : quoteLiteral(v);
            }
            if (out.length() < width) {
                String padding = " ".repeat(width - out.length());
                out = leftAlign ? out + padding : padding + out;
            }
            b.append(out);
        }
        return b.toString();
    }
}
