package io.freshet.planner;

import io.freshet.executor.catalog.CatalogObject;
import io.freshet.executor.catalog.ColumnDef;
import io.freshet.executor.catalog.MaterializedViewDef;
import io.freshet.executor.catalog.TableDef;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * A stored relation (table or materialized view) as a Calcite table: its columns, its unique
 * key as a statistic (so Calcite's metadata can derive keys), and optionally the hidden row id
 * of a table without a primary key as an extra last column (for planning UPDATE and DELETE).
 */
public final class RelationTable extends AbstractTable {
    /** Name of the hidden row id column exposed for UPDATE and DELETE. */
    public static final String ROW_ID = "_row_id";

    private final CatalogObject object;
    private final boolean withRowId;

    RelationTable(CatalogObject object, boolean withRowId) {
        this.object = object;
        this.withRowId = withRowId;
    }

    public CatalogObject object() {
        return object;
    }

    /** Whether the last column is the hidden row id. */
    public boolean withRowId() {
        return withRowId;
    }

    /** The relation's unique storage key columns, or null when rows are counted or keyed by row id. */
    public List<Integer> keyColumns() {
        if (object instanceof TableDef) {
            TableDef t = (TableDef) object;
            return t.hasPrimaryKey() ? t.primaryKey() : null;
        }
        return ((MaterializedViewDef) object).materialize().keyColumns();
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
        List<String> names = new ArrayList<>();
        List<RelDataType> types = new ArrayList<>();
        if (object instanceof TableDef) {
            TableDef t = (TableDef) object;
            for (int i = 0; i < t.columns().size(); i++) {
                ColumnDef c = t.columns().get(i);
                names.add(c.name());
                boolean nullable = !c.notNull() && !t.primaryKey().contains(i);
                types.add(TypeConverter.toRelType(c.type(), f, nullable));
            }
        } else {
            for (Field c : object.schema()) {
                names.add(c.name());
                types.add(TypeConverter.toRelType(c.type(), f, true));
            }
        }
        if (withRowId) {
            names.add(ROW_ID);
            types.add(TypeConverter.toRelType(DataType.BIGINT, f, false));
        }
        return f.createStructType(types, names);
    }

    @Override
    public Statistic getStatistic() {
        List<Integer> key = keyColumns();
        if (withRowId) {
            return Statistics.of(100d, List.of(ImmutableBitSet.of(object.schema().size())));
        }
        if (key == null) {
            return Statistics.UNKNOWN;
        }
        return Statistics.of(100d, List.of(ImmutableBitSet.of(key)));
    }
}
