package io.freshet.sql.parser.ddl;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseError;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;

class CreateMaterializedViewParserTest {
  @Test void materializedView() {
    final SqlCreateMaterializedView create = parse("CREATE MATERIALIZED VIEW IF NOT EXISTS "
        + "revenue (region, total) WITH (retention.seconds = 3600) AS "
        + "SELECT region, SUM(amount) FROM orders GROUP BY region",
        SqlCreateMaterializedView.class);
    assertThat(create.getKind()).isEqualTo(SqlKind.CREATE_MATERIALIZED_VIEW);
    assertThat(create.getName().getSimple()).isEqualTo("revenue");
    assertThat(create.isIfNotExists()).isTrue();
    assertThat(create.getColumnNames()).containsExactly("region", "total");
    assertThat(create.getOptionMap()).containsEntry("retention.seconds", "3600");
    assertThat(create.getQuery()).isInstanceOf(SqlSelect.class);
    assertThat(create.isEmitOnWindowClose()).isFalse();
    assertThat(roundTrip(create)).isEqualTo("CREATE MATERIALIZED VIEW IF NOT EXISTS "
        + "revenue (region, total) WITH (retention.seconds = 3600) AS "
        + "SELECT region, SUM(amount) FROM orders GROUP BY region");
  }

  @Test void emitOnWindowClose() {
    final SqlCreateMaterializedView create = parse("CREATE MATERIALIZED VIEW per_minute AS "
        + "SELECT window_start, COUNT(*) FROM TUMBLE(clicks, ts, INTERVAL '1' MINUTE) "
        + "GROUP BY window_start EMIT ON WINDOW CLOSE", SqlCreateMaterializedView.class);
    assertThat(create.isEmitOnWindowClose()).isTrue();
    assertThat(create.getColumnNames()).isEmpty();
    assertThat(create.getOptions()).isEmpty();
    assertThat(roundTrip(create)).isEqualTo("CREATE MATERIALIZED VIEW per_minute AS "
        + "SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), "
        + "INTERVAL '1' MINUTE)) GROUP BY window_start EMIT ON WINDOW CLOSE");
  }

  @Test void emitAfterAJoinIsNotAnAlias() {
    final SqlCreateMaterializedView create = parse("create materialized view v as "
        + "select * from a join b on a.id = b.id emit on window close",
        SqlCreateMaterializedView.class);
    assertThat(create.isEmitOnWindowClose()).isTrue();
    roundTrip(create);
  }

  @Test void queryWithOrderAndLimit() {
    final SqlCreateMaterializedView create = parse("create materialized view top10 as "
        + "select * from t order by score desc limit 10", SqlCreateMaterializedView.class);
    assertThat(create.getQuery()).isInstanceOf(SqlOrderBy.class);
    roundTrip(create);
  }

  @Test void plainView() {
    final SqlCreateView create =
        parse("create view v (x, y) as select a, b from t", SqlCreateView.class);
    assertThat(create.getKind()).isEqualTo(SqlKind.CREATE_VIEW);
    assertThat(create.isOrReplace()).isFalse();
    assertThat(create.getColumnNames()).containsExactly("x", "y");
    assertThat(roundTrip(create)).isEqualTo("CREATE VIEW v (x, y) AS SELECT a, b FROM t");
  }

  @Test void orReplaceView() {
    final SqlCreateView create =
        parse("CREATE OR REPLACE VIEW IF NOT EXISTS v AS VALUES (1)", SqlCreateView.class);
    assertThat(create.isOrReplace()).isTrue();
    assertThat(create.isIfNotExists()).isTrue();
    assertThat(create.getColumnNames()).isEmpty();
    roundTrip(create);
  }

  @Test void orReplaceMaterializedViewIsNotSupported() {
    assertThat(parseError("create or replace materialized view v as select 1").getMessage())
        .isEqualTo("CREATE OR REPLACE MATERIALIZED VIEW is not supported");
  }
}
