package io.freshet.executor.value;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Text of ARRAY values ({@code {1,2,NULL}}, {@code {"a b","x\"y"}}, nested {@code {{1,2},{3,4}}})
 * and STRUCT values ({@code (1,abc)}, {@code (,"a b")}) with PostgreSQL's quoting rules in both
 * directions.
 */
public final class CompositeText {
    private CompositeText() {
    }

    /** PostgreSQL's {@code array_out}. */
    public static String formatArray(ArrayValue a, DataType type, EvalContext ctx) {
        StringBuilder b = new StringBuilder();
        appendArray(b, a, type, ctx);
        return b.toString();
    }

    private static void appendArray(StringBuilder b, ArrayValue a, DataType type, EvalContext ctx) {
        DataType element = type.elementType();
        b.append('{');
        for (int i = 0; i < a.length(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object e = a.get(i);
            if (e == null) {
                b.append("NULL");
            } else if (element.kind() == TypeKind.ARRAY) {
                appendArray(b, (ArrayValue) e, element, ctx);
            } else {
                appendArrayElement(b, ValueText.format(e, element, ctx));
            }
        }
        b.append('}');
    }

    private static void appendArrayElement(StringBuilder b, String s) {
        boolean quote = s.isEmpty() || s.equalsIgnoreCase("NULL");
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == '"' || c == '\\' || c == '{' || c == '}' || c == ',' || isSpace(c);
        }
        if (!quote) {
            b.append(s);
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        b.append('"');
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    /** PostgreSQL's {@code record_out}. */
    public static String formatStruct(StructValue s, DataType type, EvalContext ctx) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < s.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = s.get(i);
            if (v == null) {
                continue;
            }
            String t = ValueText.format(v, type.fields().get(i).type(), ctx);
            boolean quote = t.isEmpty();
            for (int k = 0; k < t.length() && !quote; k++) {
                char c = t.charAt(k);
                quote = c == '"' || c == '\\' || c == '(' || c == ')' || c == ',' || isSpace(c);
            }
            if (!quote) {
                b.append(t);
                continue;
            }
            b.append('"');
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == '"' || c == '\\') {
                    b.append(c);
                }
                b.append(c);
            }
            b.append('"');
        }
        return b.append(')').toString();
    }

    /** PostgreSQL's {@code array_in} for a one- or multi-level (nested) array type. */
    public static ArrayValue parseArray(String text, DataType type, EvalContext ctx) {
        int[] pos = {0};
        String s = text;
        skipSpaces(s, pos);
        if (pos[0] < s.length() && s.charAt(pos[0]) == '[') {
            int eq = s.indexOf('=', pos[0]);
            if (eq < 0) {
                throw malformed(text);
            }
            pos[0] = eq + 1;
            skipSpaces(s, pos);
        }
        ArrayValue v = readArray(s, pos, type, ctx, text);
        skipSpaces(s, pos);
        if (pos[0] != s.length()) {
            throw malformed(text);
        }
        return v;
    }

    private static ArrayValue readArray(String s, int[] pos, DataType type, EvalContext ctx, String text) {
        if (pos[0] >= s.length() || s.charAt(pos[0]) != '{') {
            throw malformed(text);
        }
        pos[0]++;
        DataType element = type.elementType();
        List<Object> items = new ArrayList<>();
        skipSpaces(s, pos);
        if (pos[0] < s.length() && s.charAt(pos[0]) == '}') {
            pos[0]++;
            return ArrayValue.wrap(new Object[0]);
        }
        while (true) {
            skipSpaces(s, pos);
            if (pos[0] >= s.length()) {
                throw malformed(text);
            }
            char c = s.charAt(pos[0]);
            if (c == '{') {
                if (element.kind() != TypeKind.ARRAY) {
                    throw malformed(text);
                }
                items.add(readArray(s, pos, element, ctx, text));
            } else {
                boolean quoted = c == '"';
                StringBuilder b = new StringBuilder();
                if (quoted) {
                    pos[0]++;
                    while (true) {
                        if (pos[0] >= s.length()) {
                            throw malformed(text);
                        }
                        char d = s.charAt(pos[0]++);
                        if (d == '"') {
                            break;
                        }
                        if (d == '\\') {
                            if (pos[0] >= s.length()) {
                                throw malformed(text);
                            }
                            d = s.charAt(pos[0]++);
                        }
                        b.append(d);
                    }
                } else {
                    int lastNonSpace = 0;
                    while (pos[0] < s.length()) {
                        char d = s.charAt(pos[0]);
                        if (d == ',' || d == '}') {
                            break;
                        }
                        if (d == '{' || d == '"') {
                            throw malformed(text);
                        }
                        pos[0]++;
                        if (d == '\\') {
                            if (pos[0] >= s.length()) {
                                throw malformed(text);
                            }
                            d = s.charAt(pos[0]++);
                            b.append(d);
                            lastNonSpace = b.length();
                            continue;
                        }
                        b.append(d);
                        if (!isSpace(d)) {
                            lastNonSpace = b.length();
                        }
                    }
                    b.setLength(lastNonSpace);
                    if (b.length() == 0) {
                        throw malformed(text);
                    }
                }
                String item = b.toString();
                if (!quoted && item.equalsIgnoreCase("NULL")) {
                    items.add(null);
                } else if (element.kind() == TypeKind.ARRAY) {
                    throw malformed(text);
                } else {
                    items.add(ValueText.parse(item, element, ctx));
                }
            }
            skipSpaces(s, pos);
            if (pos[0] >= s.length()) {
                throw malformed(text);
            }
            char d = s.charAt(pos[0]++);
            if (d == '}') {
                break;
            }
            if (d != ',') {
                throw malformed(text);
            }
        }
        return ArrayValue.wrap(items.toArray());
    }

    private static void skipSpaces(String s, int[] pos) {
        while (pos[0] < s.length() && isSpace(s.charAt(pos[0]))) {
            pos[0]++;
        }
    }

    private static FreshetException malformed(String text) {
        return new FreshetException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"" + text + "\"");
    }

    /** PostgreSQL's {@code record_in}. */
    public static StructValue parseStruct(String text, DataType type, EvalContext ctx) {
        String s = text;
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != '(') {
            throw malformedRecord(text);
        }
        i++;
        int n = type.fields().size();
        Object[] values = new Object[n];
        for (int f = 0; f < n; f++) {
            StringBuilder b = new StringBuilder();
            boolean any = false;
            boolean inQuotes = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (!inQuotes && (c == ',' || c == ')')) {
                    break;
                }
                i++;
                any = true;
                if (c == '\\') {
                    if (i >= s.length()) {
                        throw malformedRecord(text);
                    }
                    b.append(s.charAt(i++));
                } else if (c == '"') {
                    if (!inQuotes) {
                        inQuotes = true;
                    } else if (i < s.length() && s.charAt(i) == '"') {
                        b.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    b.append(c);
                }
            }
            if (i >= s.length()) {
                throw malformedRecord(text);
            }
            values[f] = any ? ValueText.parse(b.toString(), type.fields().get(f).type(), ctx) : null;
            char c = s.charAt(i++);
            if (f < n - 1 ? c != ',' : c != ')') {
                throw malformedRecord(text);
            }
        }
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        if (i != s.length()) {
            throw malformedRecord(text);
        }
        return StructValue.wrap(values);
    }

    private static FreshetException malformedRecord(String text) {
        return new FreshetException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed record literal: \"" + text + "\"");
    }
}
