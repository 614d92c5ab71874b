package io.freshet.executor.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.Field;
import java.util.List;

/** A plain (non-materialized) view: a named query expanded where it is used. */
public final class ViewDef extends CatalogObject {
    private final String query;
    private final List<Field> columns;
    private final List<Long> dependencies;

    @JsonCreator
    public ViewDef(@JsonProperty("id") long id, @JsonProperty("name") String name,
            @JsonProperty("definition") String definition, @JsonProperty("query") String query,
            @JsonProperty("columns") List<Field> columns, @JsonProperty("dependencies") List<Long> dependencies) {
        super(id, name, definition);
        this.query = query;
        this.columns = List.copyOf(columns);
        this.dependencies = List.copyOf(dependencies);
    }

    /** The view's query text (with column aliases applied). */
    @JsonProperty
    public String query() {
        return query;
    }

    @JsonProperty("columns")
    @Override
    public List<Field> schema() {
        return columns;
    }

    @JsonProperty
    @Override
    public List<Long> dependencies() {
        return dependencies;
    }

    @Override
    public String kindName() {
        return "view";
    }
}
