package io.freshet.executor.type;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** Named, typed member of a {@link TypeKind#STRUCT} type or of a row schema. */
public final class Field {
    private final String name;
    private final DataType type;

    @JsonCreator
    public Field(@JsonProperty("name") String name, @JsonProperty("type") DataType type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    @JsonProperty
    public String name() {
        return name;
    }

    @JsonProperty
    public DataType type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field && ((Field) o).name.equals(name) && ((Field) o).type.equals(type);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return DataType.quoteIfNeeded(name) + " " + type;
    }
}
