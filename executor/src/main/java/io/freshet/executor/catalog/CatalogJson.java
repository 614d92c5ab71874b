package io.freshet.executor.catalog;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/** Serializes catalog objects for the storage module's catalog store. */
public final class CatalogJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);

    private CatalogJson() {
    }

    public static byte[] write(CatalogObject o) {
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + o.name(), e);
        }
    }

    public static CatalogObject read(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, CatalogObject.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable catalog entry: "
                    + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }
}
