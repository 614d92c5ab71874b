package io.freshet.executor.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * A named object in the catalog: a table, a materialized view, or a plain view. All share one
 * namespace, as PostgreSQL's relations do.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TableDef.class, name = "table"),
    @JsonSubTypes.Type(value = MaterializedViewDef.class, name = "materialized_view"),
    @JsonSubTypes.Type(value = ViewDef.class, name = "view"),
})
public abstract class CatalogObject {
    private final long id;
    private final String name;
    private final String definition;

    protected CatalogObject(long id, String name, String definition) {
        this.id = id;
        this.name = name;
        this.definition = definition;
    }

    @JsonProperty
    public long id() {
        return id;
    }

    @JsonProperty
    public String name() {
        return name;
    }

    /** The CREATE statement as the user wrote it. */
    @JsonProperty
    public String definition() {
        return definition;
    }

    /** Output columns, as queries see them. (Not annotated here: subclasses decide what they persist.) */
    public abstract List<Field> schema();

    @JsonIgnore
    public List<DataType> types() {
        List<DataType> t = new ArrayList<>();
        for (Field f : schema()) {
            t.add(f.type());
        }
        return t;
    }

    /** Ids of the objects this one reads. (Not annotated here: subclasses decide what they persist.) */
    public List<Long> dependencies() {
        return List.of();
    }

    /** Human-readable kind, as SQL names it ("table", "materialized view", "view"). */
    @JsonIgnore
    public abstract String kindName();
}
