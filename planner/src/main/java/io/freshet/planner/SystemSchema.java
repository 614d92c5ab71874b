package io.freshet.planner;

import io.freshet.executor.catalog.CatalogObject;
import io.freshet.executor.catalog.CatalogSnapshot;
import io.freshet.executor.catalog.MaterializedViewDef;
import io.freshet.executor.catalog.TableDef;
import io.freshet.executor.catalog.ViewDef;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * A schema of {@link SystemTable}s: {@code pg_catalog} and {@code information_schema} (the
 * parts of PostgreSQL's catalogs that clients and BI tools read) and {@code freshet_catalog}
 * (Freshet's own).
 */
final class SystemSchema extends AbstractSchema {
    static final String PG_CATALOG = "pg_catalog";
    static final String INFORMATION_SCHEMA = "information_schema";
    static final String FRESHET_CATALOG = "freshet_catalog";

    /** OID base for user relations (PostgreSQL's first normal OID is 16384). */
    static final long USER_OID_BASE = 16384;
    static final long PUBLIC_NAMESPACE_OID = 2200;
    static final long PG_CATALOG_NAMESPACE_OID = 11;

    private final String name;
    private final Map<String, Table> tables = new HashMap<>();

    private SystemSchema(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    private void add(CatalogSnapshot catalog, String table, List<Field> columns,
            Function<CatalogSnapshot, List<Object[]>> rows) {
        tables.put(table, new SystemTable(name + "." + table, columns, rows, catalog));
    }

    @Override
    protected Map<String, Table> getTableMap() {
        return tables;
    }

    private static Field f(String name, DataType type) {
        return new Field(name, type);
    }

    /** The system schemas over one catalog snapshot. */
    static List<SystemSchema> all(CatalogSnapshot catalog) {
        SystemSchema pg = new SystemSchema(PG_CATALOG);
        pg.add(catalog, "pg_namespace", List.of(f("oid", DataType.BIGINT), f("nspname", DataType.TEXT),
                f("nspowner", DataType.BIGINT)), c -> List.of(
                        new Object[] {PG_CATALOG_NAMESPACE_OID, "pg_catalog", 10L},
                        new Object[] {PUBLIC_NAMESPACE_OID, "public", 10L},
                        new Object[] {13000L, "information_schema", 10L},
                        new Object[] {13001L, "freshet_catalog", 10L}));
        pg.add(catalog, "pg_class", List.of(f("oid", DataType.BIGINT), f("relname", DataType.TEXT),
                f("relnamespace", DataType.BIGINT), f("relkind", DataType.TEXT), f("relowner", DataType.BIGINT),
                f("reltuples", DataType.REAL), f("relhasindex", DataType.BOOLEAN)), c -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (CatalogObject o : c.all()) {
                        rows.add(new Object[] {USER_OID_BASE + o.id(), o.name(), PUBLIC_NAMESPACE_OID, relkind(o), 10L,
                                -1f, o instanceof TableDef && ((TableDef) o).hasPrimaryKey()});
                    }
                    return rows;
                });
        pg.add(catalog, "pg_tables", List.of(f("schemaname", DataType.TEXT), f("tablename", DataType.TEXT),
                f("tableowner", DataType.TEXT), f("hasindexes", DataType.BOOLEAN)), c -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (TableDef t : c.all(TableDef.class)) {
                        rows.add(new Object[] {"public", t.name(), "freshet", t.hasPrimaryKey()});
                    }
                    return rows;
                });
        pg.add(catalog, "pg_matviews", List.of(f("schemaname", DataType.TEXT), f("matviewname", DataType.TEXT),
                f("matviewowner", DataType.TEXT), f("definition", DataType.TEXT)), c -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (MaterializedViewDef v : c.all(MaterializedViewDef.class)) {
                        rows.add(new Object[] {"public", v.name(), "freshet", v.definition()});
                    }
                    return rows;
                });
        pg.add(catalog, "pg_views", List.of(f("schemaname", DataType.TEXT), f("viewname", DataType.TEXT),
                f("viewowner", DataType.TEXT), f("definition", DataType.TEXT)), c -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (ViewDef v : c.all(ViewDef.class)) {
                        rows.add(new Object[] {"public", v.name(), "freshet", v.query()});
                    }
                    return rows;
                });
        pg.add(catalog, "pg_database", List.of(f("oid", DataType.BIGINT), f("datname", DataType.TEXT),
                f("datallowconn", DataType.BOOLEAN)), c -> List.<Object[]>of(new Object[] {16384L, "freshet", true}));
        pg.add(catalog, "pg_attribute", List.of(f("attrelid", DataType.BIGINT), f("attname", DataType.TEXT),
                f("atttypid", DataType.BIGINT), f("attnum", DataType.SMALLINT), f("attnotnull", DataType.BOOLEAN),
                f("attisdropped", DataType.BOOLEAN)), c -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (CatalogObject o : c.all()) {
                        List<Field> cols = o.schema();
                        for (int i = 0; i < cols.size(); i++) {
                            boolean notNull = o instanceof TableDef && (((TableDef) o).columns().get(i).notNull()
                                    || ((TableDef) o).primaryKey().contains(i));
                            rows.add(new Object[] {USER_OID_BASE + o.id(), cols.get(i).name(),
                                    (long) PgTypeOids.of(cols.get(i).type()), (short) (i + 1), notNull, false});
                        }
                    }
                    return rows;
                });
        pg.add(catalog, "pg_type", List.of(f("oid", DataType.BIGINT), f("typname", DataType.TEXT),
                f("typnamespace", DataType.BIGINT), f("typlen", DataType.SMALLINT), f("typtype", DataType.TEXT),
                f("typelem", DataType.BIGINT), f("typarray", DataType.BIGINT)), c -> PgTypeOids.pgTypeRows());

        SystemSchema info = new SystemSchema(INFORMATION_SCHEMA);
        info.add(catalog, "tables", List.of(f("table_catalog", DataType.TEXT), f("table_schema", DataType.TEXT),
                f("table_name", DataType.TEXT), f("table_type", DataType.TEXT)), c -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (CatalogObject o : c.all()) {
                        rows.add(new Object[] {"freshet", "public", o.name(),
                                o instanceof TableDef ? "BASE TABLE" : "VIEW"});
                    }
                    return rows;
                });
        info.add(catalog, "columns", List.of(f("table_catalog", DataType.TEXT), f("table_schema", DataType.TEXT),
                f("table_name", DataType.TEXT), f("column_name", DataType.TEXT),
                f("ordinal_position", DataType.INTEGER), f("is_nullable", DataType.TEXT),
                f("data_type", DataType.TEXT)), c -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (CatalogObject o : c.all()) {
                        List<Field> cols = o.schema();
                        for (int i = 0; i < cols.size(); i++) {
                            boolean notNull = o instanceof TableDef && (((TableDef) o).columns().get(i).notNull()
                                    || ((TableDef) o).primaryKey().contains(i));
                            rows.add(new Object[] {"freshet", "public", o.name(), cols.get(i).name(), i + 1,
                                    notNull ? "NO" : "YES", PgTypeOids.sqlName(cols.get(i).type())});
                        }
                    }
                    return rows;
                });

        SystemSchema freshet = new SystemSchema(FRESHET_CATALOG);
        freshet.add(catalog, "relations", List.of(f("id", DataType.BIGINT), f("name", DataType.TEXT),
                f("kind", DataType.TEXT), f("definition", DataType.TEXT)), c -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (CatalogObject o : c.all()) {
                        rows.add(new Object[] {o.id(), o.name(), o.kindName(), o.definition()});
                    }
                    return rows;
                });
        return List.of(pg, info, freshet);
    }

    private static String relkind(CatalogObject o) {
        if (o instanceof TableDef) {
            return "r";
        }
        if (o instanceof MaterializedViewDef) {
            return "m";
        }
        return "v";
    }
}
