package io.freshet.executor.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Value of SQL type JSONB: a parsed JSON document. Equality is the JSON value's equality
 * (object key order does not matter).
 */
public final class JsonbValue {
    private final JsonNode node;

    public JsonbValue(JsonNode node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    public JsonNode node() {
        return node;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonbValue && node.equals(((JsonbValue) o).node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
