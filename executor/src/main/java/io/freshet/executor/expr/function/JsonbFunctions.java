package io.freshet.executor.expr.function;

import static io.freshet.executor.type.TypeKind.ARRAY;
import static io.freshet.executor.type.TypeKind.INTEGER;
import static io.freshet.executor.type.TypeKind.JSONB;
import static io.freshet.executor.type.TypeKind.VARCHAR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.ArrayValue;
import io.freshet.executor.value.DateTimes;
import io.freshet.executor.value.JsonbText;
import io.freshet.executor.value.JsonbValue;
import io.freshet.executor.value.Numerics;
import io.freshet.executor.value.StructValue;
import io.freshet.executor.value.ValueText;
import java.math.BigDecimal;
import java.util.List;

/**
 * JSONB operators and functions: {@code ->} and {@code ->>} by key or index (negative indexes
 * count from the end), {@code #>} and {@code #>>} by path, {@code ?}, {@code @>},
 * {@code ||}, {@code jsonb_typeof}, {@code jsonb_array_length}, {@code to_jsonb},
 * {@code jsonb_build_object} and {@code jsonb_build_array}, with SQL values converted to JSON
 * the way PostgreSQL's {@code to_jsonb} does (timestamps in ISO 8601 with {@code T}).
 */
final class JsonbFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.registerSimple("->", Signature.of(JSONB, VARCHAR), (a, c) -> wrap(field(node(a[0]), (String) a[1])));
        r.registerSimple("->", Signature.of(JSONB, INTEGER), (a, c) -> wrap(element(node(a[0]), (Integer) a[1])));
        r.registerSimple("->>", Signature.of(JSONB, VARCHAR), (a, c) -> text(field(node(a[0]), (String) a[1])));
        r.registerSimple("->>", Signature.of(JSONB, INTEGER), (a, c) -> text(element(node(a[0]), (Integer) a[1])));
        r.registerSimple("#>", Signature.of(JSONB, ARRAY), (a, c) -> wrap(path(node(a[0]), (ArrayValue) a[1])));
        r.registerSimple("#>>", Signature.of(JSONB, ARRAY), (a, c) -> text(path(node(a[0]), (ArrayValue) a[1])));
        r.registerSimple("?", Signature.of(JSONB, VARCHAR), (a, c) -> {
            JsonNode n = node(a[0]);
            String k = (String) a[1];
            if (n.isObject()) {
                return n.has(k);
            }
            if (n.isArray()) {
                for (JsonNode e : n) {
                    if (e.isTextual() && e.textValue().equals(k)) {
                        return true;
                    }
                }
                return false;
            }
            return n.isTextual() && n.textValue().equals(k);
        });
        r.registerSimple("@>", Signature.of(JSONB, JSONB), (a, c) -> contains(node(a[0]), node(a[1]), true));
        r.registerSimple("<@", Signature.of(JSONB, JSONB), (a, c) -> contains(node(a[1]), node(a[0]), true));
        r.registerSimple("||", Signature.of(JSONB, JSONB), (a, c) -> concat(node(a[0]), node(a[1])));
        r.registerSimple("jsonb_typeof", Signature.of(JSONB), (a, c) -> typeName(node(a[0])));
        r.registerSimple("jsonb_array_length", Signature.of(JSONB), (a, c) -> {
            JsonNode n = node(a[0]);
            if (!n.isArray()) {
                throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE, n.isObject()
                        ? "cannot get array length of a non-array" : "cannot get array length of a scalar");
            }
            return n.size();
        });
        r.register("to_jsonb", Signature.any(1), (types, ret) -> {
            DataType t = types.get(0);
            return (a, c) -> new JsonbValue(toJson(a[0], t, c));
        });
        r.register("jsonb_build_array", Signature.any(0).variadic().nonStrict(), (types, ret) -> (a, c) -> {
            ArrayNode arr = JsonbText.NODES.arrayNode();
            for (int i = 0; i < a.length; i++) {
                arr.add(toJson(a[i], types.get(i), c));
            }
            return new JsonbValue(arr);
        });
        r.register("jsonb_build_object", Signature.any(0).variadic().nonStrict(), (types, ret) -> {
            if (types.size() % 2 != 0) {
                throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE,
                        "argument list must have even number of elements");
            }
            return (a, c) -> {
                ObjectNode o = JsonbText.NODES.objectNode();
                for (int i = 0; i < a.length; i += 2) {
                    if (a[i] == null) {
                        throw new FreshetException(SqlState.INVALID_PARAMETER_VALUE,
                                "argument " + (i + 1) + ": key must not be null");
                    }
                    String key = a[i] instanceof String ? (String) a[i] : ValueText.format(a[i], types.get(i), c);
                    o.set(key, toJson(a[i + 1], types.get(i + 1), c));
                }
                return new JsonbValue(JsonbText.canonical(o));
            };
        });
    }

    private static JsonNode node(Object v) {
        return ((JsonbValue) v).node();
    }

    private static JsonbValue wrap(JsonNode n) {
        return n == null ? null : new JsonbValue(n);
    }

    private static JsonNode field(JsonNode n, String key) {
        return n.isObject() ? n.get(key) : null;
    }

    private static JsonNode element(JsonNode n, int index) {
        if (!n.isArray()) {
            return null;
        }
        int i = index < 0 ? n.size() + index : index;
        return i >= 0 && i < n.size() ? n.get(i) : null;
    }

    private static JsonNode path(JsonNode n, ArrayValue path) {
        JsonNode cur = n;
        for (int i = 0; i < path.length() && cur != null; i++) {
            Object p = path.get(i);
            if (p == null) {
                return null;
            }
            String key = p.toString();
            if (cur.isObject()) {
                cur = cur.get(key);
            } else if (cur.isArray()) {
                try {
                    cur = element(cur, Integer.parseInt(key.strip()));
                } catch (NumberFormatException e) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return cur;
    }

    /** The text of a jsonb value as {@code ->>} returns it: strings unquoted, null as SQL NULL. */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        StringBuilder b = new StringBuilder();
        JsonbText.write(b, n);
        return b.toString();
    }

    static String typeName(JsonNode n) {
        if (n.isObject()) {
            return "object";
        }
        if (n.isArray()) {
            return "array";
        }
        if (n.isTextual()) {
            return "string";
        }
        if (n.isNumber()) {
            return "number";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        return "null";
    }

    private static boolean contains(JsonNode a, JsonNode b, boolean top) {
        if (a.isObject() && b.isObject()) {
            var it = b.fields();
            while (it.hasNext()) {
                var e = it.next();
                JsonNode v = a.get(e.getKey());
                if (v == null || !contains(v, e.getValue(), false)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            for (JsonNode x : b) {
                boolean found = false;
                for (JsonNode y : a) {
                    if (x.isContainerNode() ? contains(y, x, false) : scalarEquals(y, x)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && top && !b.isContainerNode()) {
            for (JsonNode y : a) {
                if (scalarEquals(y, b)) {
                    return true;
                }
            }
            return false;
        }
        return scalarEquals(a, b);
    }

    private static boolean scalarEquals(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return JsonbText.numberValue(a).compareTo(JsonbText.numberValue(b)) == 0;
        }
        return !a.isContainerNode() && a.equals(b);
    }

    private static JsonbValue concat(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            ObjectNode o = ((ObjectNode) a).deepCopy();
            o.setAll((ObjectNode) b);
            return new JsonbValue(JsonbText.canonical(o));
        }
        ArrayNode arr = JsonbText.NODES.arrayNode();
        if (a.isArray()) {
            arr.addAll((ArrayNode) a);
        } else {
            arr.add(a);
        }
        if (b.isArray()) {
            arr.addAll((ArrayNode) b);
        } else {
            arr.add(b);
        }
        return new JsonbValue(arr);
    }

    /** A SQL value as JSON, as PostgreSQL's {@code to_jsonb} converts it. */
    static JsonNode toJson(Object v, DataType type, EvalContext ctx) {
        if (v == null) {
            return JsonbText.NODES.nullNode();
        }
        switch (type.kind()) {
            case BOOLEAN:
                return JsonbText.NODES.booleanNode((Boolean) v);
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return JsonbText.NODES.numberNode(((Number) v).longValue());
            case REAL:
            case DOUBLE: {
                double d = ((Number) v).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return JsonbText.NODES.textNode(ValueText.format(v, type, ctx));
                }
                return JsonbText.NODES.numberNode(new BigDecimal(ValueText.format(v, type, ctx)));
            }
            case NUMERIC:
                if (v instanceof BigDecimal) {
                    return JsonbText.NODES.numberNode(Numerics.normalize((BigDecimal) v));
                }
                return JsonbText.NODES.textNode(v.toString());
            case JSONB:
                return ((JsonbValue) v).node();
            case DATE:
                return JsonbText.NODES.textNode(ValueText.format(v, type, ctx));
            case TIMESTAMP: {
                long t = (Long) v;
                String s = ValueText.format(v, type, ctx);
                return JsonbText.NODES.textNode(isInfinite(t) ? s : s.replaceFirst(" ", "T"));
            }
            case TIMESTAMPTZ: {
                long t = (Long) v;
                if (isInfinite(t)) {
                    return JsonbText.NODES.textNode(ValueText.format(v, type, ctx));
                }
                String s = ValueText.format(v, type, ctx).replaceFirst(" ", "T");
                int sign = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
                if (sign > 10 && s.length() - sign == 3) {
                    s = s + ":00";
                }
                return JsonbText.NODES.textNode(s);
            }
            case ARRAY: {
                ArrayNode arr = JsonbText.NODES.arrayNode();
                ArrayValue av = (ArrayValue) v;
                for (int i = 0; i < av.length(); i++) {
                    arr.add(toJson(av.get(i), type.elementType(), ctx));
                }
                return arr;
            }
            case STRUCT: {
                ObjectNode o = JsonbText.NODES.objectNode();
                StructValue s = (StructValue) v;
                List<io.freshet.executor.type.Field> fields = type.fields();
                for (int i = 0; i < fields.size(); i++) {
                    o.set(fields.get(i).name(), toJson(s.get(i), fields.get(i).type(), ctx));
                }
                return JsonbText.canonical(o);
            }
            default:
                return JsonbText.NODES.textNode(ValueText.format(v, type, ctx));
        }
    }

    private static boolean isInfinite(long t) {
        return t == DateTimes.TS_NEG_INFINITY || t == DateTimes.TS_POS_INFINITY;
    }
}
