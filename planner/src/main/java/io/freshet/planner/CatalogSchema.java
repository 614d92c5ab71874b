package io.freshet.planner;

import io.freshet.executor.catalog.CatalogObject;
import io.freshet.executor.catalog.CatalogSnapshot;
import io.freshet.executor.catalog.MaterializedViewDef;
import io.freshet.executor.catalog.TableDef;
import io.freshet.executor.catalog.ViewDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.ViewTable;

/**
 * The user's relations (schema {@code public}) as Calcite sees them, from one catalog snapshot:
 * tables and materialized views as {@link RelationTable}s, plain views as view tables that
 * Calcite expands in place.
 */
public final class CatalogSchema extends AbstractSchema {
    /** Name of the schema that holds user objects. */
    public static final String NAME = "public";

    private final CatalogSnapshot catalog;
    private final boolean exposeRowIds;

    /**
     * @param exposeRowIds whether tables without a primary key show their hidden row id as a
     *     last column (only while planning UPDATE and DELETE)
     */
    public CatalogSchema(CatalogSnapshot catalog, boolean exposeRowIds) {
        this.catalog = catalog;
        this.exposeRowIds = exposeRowIds;
    }

    public CatalogSnapshot catalog() {
        return catalog;
    }

    @Override
    protected Map<String, Table> getTableMap() {
        Map<String, Table> tables = new HashMap<>();
        for (CatalogObject o : catalog.all()) {
            if (o instanceof TableDef) {
                TableDef t = (TableDef) o;
                tables.put(o.name(), new RelationTable(o, exposeRowIds && !t.hasPrimaryKey()));
            } else if (o instanceof MaterializedViewDef) {
                tables.put(o.name(), new RelationTable(o, false));
            } else if (o instanceof ViewDef) {
                ViewDef v = (ViewDef) o;
                tables.put(o.name(), new ViewTable(Object[].class, f -> viewRowType(v, f),
                        v.query(), List.of(NAME), List.of(NAME, v.name())));
            }
        }
        return tables;
    }

    private RelDataType viewRowType(ViewDef v, RelDataTypeFactory f) {
        return new RelationTable(v, false).getRowType(f);
    }
}
