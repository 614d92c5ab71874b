package io.freshet.planner;

import io.freshet.executor.catalog.CatalogSnapshot;
import io.freshet.executor.type.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A read-only system table ({@code pg_catalog.pg_class}, {@code information_schema.tables},
 * ...) whose rows are computed from the catalog when a query is planned; the planner turns a
 * scan of it into constant rows.
 */
public final class SystemTable extends AbstractTable {
    private final String name;
    private final List<Field> columns;
    private final Function<CatalogSnapshot, List<Object[]>> rows;
    private final CatalogSnapshot catalog;

    SystemTable(String name, List<Field> columns, Function<CatalogSnapshot, List<Object[]>> rows,
            CatalogSnapshot catalog) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.catalog = catalog;
    }

    public String name() {
        return name;
    }

    public List<Field> columns() {
        return columns;
    }

    /** The table's rows now. */
    public List<Object[]> rows() {
        return rows.apply(catalog);
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
        List<String> names = new ArrayList<>();
        List<RelDataType> types = new ArrayList<>();
        for (Field c : columns) {
            names.add(c.name());
            types.add(TypeConverter.toRelType(c.type(), f, true));
        }
        return f.createStructType(types, names);
    }
}
