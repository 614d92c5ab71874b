package io.freshet.executor.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * A table that users INSERT into, UPDATE and DELETE from. Rows are stored in state table
 * {@link #stateTableId()} keyed by the primary key, or by a hidden row id when there is none.
 */
public final class TableDef extends CatalogObject {
    private final List<ColumnDef> columns;
    private final List<Integer> primaryKey;
    private final int stateTableId;

    @JsonCreator
    public TableDef(@JsonProperty("id") long id, @JsonProperty("name") String name,
            @JsonProperty("definition") String definition, @JsonProperty("columns") List<ColumnDef> columns,
            @JsonProperty("primaryKey") List<Integer> primaryKey, @JsonProperty("stateTableId") int stateTableId) {
        super(id, name, definition);
        this.columns = List.copyOf(columns);
        this.primaryKey = List.copyOf(primaryKey);
        this.stateTableId = stateTableId;
    }

    @JsonProperty
    public List<ColumnDef> columns() {
        return columns;
    }

    /** Positions of the primary key columns, empty when the table has none. */
    @JsonProperty
    public List<Integer> primaryKey() {
        return primaryKey;
    }

    @JsonIgnore
    public boolean hasPrimaryKey() {
        return !primaryKey.isEmpty();
    }

    @JsonProperty
    public int stateTableId() {
        return stateTableId;
    }

    @Override
    public List<Field> schema() {
        List<Field> fields = new ArrayList<>();
        for (ColumnDef c : columns) {
            fields.add(new Field(c.name(), c.type()));
        }
        return fields;
    }

    @Override
    public String kindName() {
        return "table";
    }
}
