package io.freshet.executor.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSONB text as PostgreSQL writes it ({@code {"a": 1, "b": [1, 2]}}: a space after {@code :}
 * and {@code ,}, object keys shortest first then by bytes, numbers with their NUMERIC scale) and
 * reads it (strict JSON; numbers kept exact; of duplicate keys the last wins).
 */
public final class JsonbText {
    /** Node factory and reader that keep numbers exact. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonbText() {
    }

    /** PostgreSQL's {@code jsonb_in}. */
    public static JsonbValue parse(String text) {
        JsonNode n;
        try {
            n = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid();
        }
        if (n == null || n.isMissingNode()) {
            throw invalid();
        }
        return new JsonbValue(canonical(n));
    }

    private static FreshetException invalid() {
        return new FreshetException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type json");
    }

    /** The node with object keys in jsonb order, recursively. */
    public static JsonNode canonical(JsonNode n) {
        if (n.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                entries.add(it.next());
            }
            entries.sort((a, b) -> compareKeys(a.getKey(), b.getKey()));
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : entries) {
                o.set(e.getKey(), canonical(e.getValue()));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = NODES.arrayNode(n.size());
            for (JsonNode e : n) {
                a.add(canonical(e));
            }
            return a;
        }
        if (n.isBigDecimal()) {
            BigDecimal d = n.decimalValue();
            return NODES.numberNode(Numerics.normalize(d));
        }
        if (n.isFloatingPointNumber()) {
            return NODES.numberNode(Numerics.normalize(new BigDecimal(FloatText.format(n.doubleValue()))));
        }
        return n;
    }

    /** jsonb key order: shorter (in UTF-8 bytes) first, then by bytes. */
    public static int compareKeys(String a, String b) {
        int la = utf8Length(a);
        int lb = utf8Length(b);
        if (la != lb) {
            return Integer.compare(la, lb);
        }
        return ValueComparator.compareText(a, b);
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** PostgreSQL's {@code jsonb_out}. */
    public static String format(JsonbValue v) {
        StringBuilder b = new StringBuilder();
        write(b, v.node());
        return b.toString();
    }

    /** Appends the jsonb text of a node. */
    public static void write(StringBuilder b, JsonNode n) {
        if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            keys.sort(JsonbText::compareKeys);
            b.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                writeString(b, keys.get(i));
                b.append(": ");
                write(b, n.get(keys.get(i)));
            }
            b.append('}');
        } else if (n.isArray()) {
            b.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                write(b, n.get(i));
            }
            b.append(']');
        } else if (n.isTextual()) {
            writeString(b, n.textValue());
        } else if (n.isNumber()) {
            b.append(numberText(n));
        } else if (n.isBoolean()) {
            b.append(n.booleanValue() ? "true" : "false");
        } else {
            b.append("null");
        }
    }

    /** A number node's text as NUMERIC output. */
    public static String numberText(JsonNode n) {
        if (n.isBigDecimal()) {
            return Numerics.format(n.decimalValue());
        }
        if (n.isFloatingPointNumber()) {
            return Numerics.format(new BigDecimal(FloatText.format(n.doubleValue())));
        }
        return n.bigIntegerValue().toString();
    }

    /** A number node as a NUMERIC value. */
    public static BigDecimal numberValue(JsonNode n) {
        if (n.isBigDecimal()) {
            return Numerics.normalize(n.decimalValue());
        }
        if (n.isFloatingPointNumber()) {
            return Numerics.normalize(new BigDecimal(FloatText.format(n.doubleValue())));
        }
        return new BigDecimal(n.bigIntegerValue());
    }

    /** Appends a JSON string literal with PostgreSQL's escapes. */
    public static void writeString(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b': b.append("\\b"); break;
                case '\f': b.append("\\f"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                default:
                    if (c < ' ') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    /** Bytes of the UTF-8 encoding, for length checks. */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
