package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes plans as JSON, the form in which a view's plan is persisted. */
public final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private PlanJson() {
    }

    public static String write(PlanNode plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize plan", e);
        }
    }

    public static PlanNode read(String json) {
        try {
            return MAPPER.readValue(json, PlanNode.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read plan: " + e.getMessage(), e);
        }
    }
}
