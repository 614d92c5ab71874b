package io.freshet.executor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.executor.expr.Literal;
import io.freshet.executor.plan.MaterializeNode;
import io.freshet.executor.plan.ScanNode;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalog entries are persisted as JSON and must read back whole, for every kind of object. */
class CatalogJsonTest {
    @Test
    void tableRoundTrip() {
        TableDef t = new TableDef(3, "t", "create table t ...", List.of(
                new ColumnDef("id", DataType.INTEGER, true, null, null),
                new ColumnDef("v", DataType.varchar(5), false, new Literal("x", DataType.TEXT), "'x'")), List.of(0), 4);
        TableDef back = (TableDef) CatalogJson.read(CatalogJson.write(t));
        assertThat(back.name()).isEqualTo("t");
        assertThat(back.schema()).isEqualTo(t.schema());
        assertThat(back.primaryKey()).containsExactly(0);
        assertThat(back.stateTableId()).isEqualTo(4);
        assertThat(back.columns().get(1).defaultSql()).isEqualTo("'x'");
        assertThat(back.dependencies()).isEmpty();
    }

    @Test
    void materializedViewRoundTrip() {
        List<Field> schema = List.of(new Field("id", DataType.INTEGER));
        MaterializedViewDef v = new MaterializedViewDef(5, "mv", "create materialized view mv ...",
                new MaterializeNode(List.of(new ScanNode(3, "t", schema, List.of(0))), 5, List.of(0), 6), List.of(3L));
        MaterializedViewDef back = (MaterializedViewDef) CatalogJson.read(CatalogJson.write(v));
        assertThat(back.dependencies()).containsExactly(3L);
        assertThat(back.schema()).isEqualTo(schema);
        assertThat(back.materialize().stateTableId()).isEqualTo(6);
    }

    @Test
    void viewRoundTrip() {
        ViewDef v = new ViewDef(7, "v", "create view v ...", "SELECT 1", List.of(new Field("x", DataType.INTEGER)),
                List.of(3L, 5L));
        ViewDef back = (ViewDef) CatalogJson.read(CatalogJson.write(v));
        assertThat(back.dependencies()).containsExactly(3L, 5L);
        assertThat(back.schema()).isEqualTo(v.schema());
        assertThat(back.query()).isEqualTo("SELECT 1");
    }
}
