package io.freshet.executor.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.type.DataType;

/**
 * A table column: name, type, NOT NULL, and the DEFAULT expression (null = NULL), both as a
 * planned expression (for omitted columns) and as SQL text (for an explicit {@code DEFAULT}).
 */
public final class ColumnDef {
    private final String name;
    private final DataType type;
    private final boolean notNull;
    private final Expr defaultValue;
    private final String defaultSql;

    @JsonCreator
    public ColumnDef(@JsonProperty("name") String name, @JsonProperty("type") DataType type,
            @JsonProperty("notNull") boolean notNull, @JsonProperty("defaultValue") Expr defaultValue,
            @JsonProperty("defaultSql") String defaultSql) {
        this.name = name;
        this.type = type;
        this.notNull = notNull;
        this.defaultValue = defaultValue;
        this.defaultSql = defaultSql;
    }

    @JsonProperty
    public String name() {
        return name;
    }

    @JsonProperty
    public DataType type() {
        return type;
    }

    @JsonProperty
    public boolean notNull() {
        return notNull;
    }

    /** Expression without input references for the DEFAULT value, or null. */
    @JsonProperty
    public Expr defaultValue() {
        return defaultValue;
    }

    /** The DEFAULT expression as written, or null. */
    @JsonProperty
    public String defaultSql() {
        return defaultSql;
    }
}
