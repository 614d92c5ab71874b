package io.freshet.sql.parser;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Statements Calcite already parsed keep parsing, with PostgreSQL's identifier rules. */
class QueryAndDmlParserTest {
  @Test void identifiersFoldToLowerCaseUnlessQuoted() {
    final SqlSelect select = parse("SELECT Foo, \"Bar\", \"baz\" FROM MySchema.\"MyTable\"",
        SqlSelect.class);
    assertThat(select.getSelectList()).extracting(n -> ((SqlIdentifier) n).getSimple())
        .containsExactly("foo", "Bar", "baz");
    assertThat(((SqlIdentifier) select.getFrom()).names).containsExactly("myschema", "MyTable");
    assertThat(roundTrip(select))
        .isEqualTo("SELECT foo, \"Bar\", baz FROM myschema.\"MyTable\"");
  }

  @Test void limitAndOffset() {
    final SqlOrderBy orderBy = parse("select a from t order by a desc limit 10 offset 20",
        SqlOrderBy.class);
    assertThat(orderBy.fetch.toString()).isEqualTo("10");
    assertThat(orderBy.offset.toString()).isEqualTo("20");
    final SqlOrderBy offsetFirst = parse("select a from t offset 5 limit 3", SqlOrderBy.class);
    assertThat(offsetFirst.fetch.toString()).isEqualTo("3");
    parse("select a from t limit all");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "WITH x AS (SELECT a FROM t), y AS (SELECT a FROM x) SELECT * FROM y",
      "select a from t union select a from u",
      "select a from t union all select a from u intersect select a from v",
      "select a from t except all select a from u",
      "select a, row_number() over (partition by b order by c desc) from t",
      "select sum(a) over w from t window w as (order by ts rows between 3 preceding and "
          + "current row)",
      "select count(*) filter (where a > 1), avg(b) from t group by c having count(*) > 2",
      "select * from t where a in (select b from u) and exists (select 1 from v)",
      "select (select max(a) from u) from t",
      "select case when a > 1 then 'x' else 'y' end from t",
      "select t.a, u.b from t left join u on t.id = u.id full join v using (id)",
      "select * from (values (1, 'a'), (2, 'b')) as v (n, s)",
      "values (1, 2), (3, 4)",
      "select 1",
      "select a % 2, a || b, coalesce(a, b), substring(s from 1 for 2) from t",
      "select current_timestamp, current_date, now(), version(), current_schema()",
      "select date '2024-01-01', timestamp '2024-01-01 00:00:00', time '12:00:00'",
      "select * from t tablesample bernoulli (10)",
  })
  void queriesRoundTrip(String sql) {
    roundTrip(parse(sql));
  }

  @Test void with() {
    assertThat(parse("with x as (select 1) select * from x")).isInstanceOf(SqlWith.class);
  }

  @Test void insert() {
    final SqlInsert insert =
        parse("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y')", SqlInsert.class);
    assertThat(insert.getTargetColumnList()).hasSize(2);
    assertThat(roundTrip(insert)).isEqualTo("INSERT INTO t (a, b) VALUES (1, 'x'),\n(2, 'y')"
        .replace(",\n", ", "));
    final SqlInsert fromQuery = parse("insert into t select * from u", SqlInsert.class);
    assertThat(fromQuery.getSource()).isInstanceOf(SqlSelect.class);
    roundTrip(fromQuery);
  }

  @Test void update() {
    final SqlUpdate update =
        parse("UPDATE t SET a = a + 1, b = 'x' WHERE c = 2", SqlUpdate.class);
    assertThat(update.getTargetColumnList()).hasSize(2);
    assertThat(update.getCondition().getKind()).isEqualTo(SqlKind.EQUALS);
    roundTrip(update);
  }

  @Test void delete() {
    final SqlDelete delete = parse("DELETE FROM t WHERE a < 0", SqlDelete.class);
    assertThat(delete.getCondition()).isNotNull();
    roundTrip(delete);
    final SqlNode all = parse("delete from t");
    assertThat(((SqlDelete) all).getCondition()).isNull();
  }
}
