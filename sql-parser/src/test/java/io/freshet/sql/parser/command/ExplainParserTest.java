package io.freshet.sql.parser.command;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseError;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.sql.parser.FreshetParseException;
import io.freshet.sql.parser.ddl.SqlCreateMaterializedView;
import io.freshet.sql.parser.ddl.SqlCreateSink;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlExplain;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.junit.jupiter.api.Test;

class ExplainParserTest {
  @Test void query() {
    final SqlExplainStatement explain = parse("EXPLAIN SELECT * FROM t", SqlExplainStatement.class);
    assertThat(explain.getKind()).isEqualTo(SqlKind.EXPLAIN);
    assertThat(explain.getStatement()).isInstanceOf(SqlSelect.class);
    assertThat(explain.getOptions()).isEmpty();
    assertThat(explain.isVerbose()).isFalse();
    assertThat(roundTrip(explain)).isEqualTo("EXPLAIN SELECT * FROM t");
  }

  @Test void options() {
    final SqlExplainStatement explain = parse("explain (verbose, format json, costs false) "
        + "select a from t", SqlExplainStatement.class);
    assertThat(explain.getOptions()).extracting(SqlExplainOption::getName)
        .containsExactly("verbose", "format", "costs");
    assertThat(explain.getOption("format")).contains("json");
    assertThat(explain.getOption("costs")).contains("false");
    assertThat(explain.getOption("verbose")).contains("true");
    assertThat(explain.isVerbose()).isTrue();
    assertThat(roundTrip(explain))
        .isEqualTo("EXPLAIN (VERBOSE, FORMAT json, COSTS false) SELECT a FROM t");
  }

  @Test void verboseKeyword() {
    final SqlExplainStatement explain =
        parse("EXPLAIN VERBOSE SELECT 1", SqlExplainStatement.class);
    assertThat(explain.isVerbose()).isTrue();
    assertThat(roundTrip(explain)).isEqualTo("EXPLAIN VERBOSE SELECT 1");
  }

  @Test void parenthesizedQueryIsNotAnOptionList() {
    final SqlExplainStatement explain =
        parse("EXPLAIN (SELECT 1) UNION (SELECT 2)", SqlExplainStatement.class);
    assertThat(explain.getOptions()).isEmpty();
    assertThat(explain.getStatement().getKind()).isEqualTo(SqlKind.UNION);
  }

  @Test void dml() {
    assertThat(parse("explain insert into t values (1)", SqlExplainStatement.class)
        .getStatement()).isInstanceOf(SqlInsert.class);
    assertThat(parse("explain update t set a = 1 where b = 2", SqlExplainStatement.class)
        .getStatement()).isInstanceOf(SqlUpdate.class);
    assertThat(parse("explain delete from t where a = 1", SqlExplainStatement.class)
        .getStatement()).isInstanceOf(SqlDelete.class);
    roundTrip(parse("explain update t set a = 1 where b = 2"));
  }

  @Test void streamingDdl() {
    final SqlExplainStatement mv = parse("EXPLAIN CREATE MATERIALIZED VIEW v AS "
        + "SELECT a, COUNT(*) FROM t GROUP BY a", SqlExplainStatement.class);
    assertThat(mv.getStatement()).isInstanceOf(SqlCreateMaterializedView.class);
    roundTrip(mv);
    final SqlExplainStatement sink = parse("explain create sink s from v "
        + "with (connector = 'kafka')", SqlExplainStatement.class);
    assertThat(sink.getStatement()).isInstanceOf(SqlCreateSink.class);
    roundTrip(sink);
  }

  @Test void otherDdlIsRejected() {
    final FreshetParseException e = parseError("EXPLAIN CREATE VIEW v AS SELECT 1");
    assertThat(e.sqlState()).isEqualTo(FreshetParseException.FEATURE_NOT_SUPPORTED);
    assertThat(e.position()).isEqualTo(9);
  }

  @Test void calcitesExplainPlanStillWorks() {
    final SqlExplain explain = parse("EXPLAIN PLAN FOR SELECT 1", SqlExplain.class);
    assertThat(explain.getExplicandum()).isInstanceOf(SqlSelect.class);
    roundTrip(explain);
    parse("explain plan without implementation as json for select 1", SqlExplain.class);
  }
}
