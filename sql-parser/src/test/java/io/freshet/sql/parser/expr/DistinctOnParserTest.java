package io.freshet.sql.parser.expr;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseError;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.sql.parser.FreshetSqlParser;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;

class DistinctOnParserTest {
  @Test void keysAreInTheSelectKeywords() {
    final SqlOrderBy orderBy = parse("SELECT DISTINCT ON (customer, region) customer, "
        + "amount AS last_amount FROM orders ORDER BY customer, ts DESC", SqlOrderBy.class);
    final SqlSelect select = (SqlSelect) orderBy.query;
    final DistinctOnQuantifier distinctOn = DistinctOnQuantifier.of(select).orElseThrow();
    assertThat(distinctOn.getKeys()).extracting(FreshetSqlParser::unparse)
        .containsExactly("customer", "region");
    assertThat(select.isDistinct()).isFalse();
    assertThat(select.getSelectList()).extracting(FreshetSqlParser::unparse)
        .containsExactly("customer", "amount AS last_amount");
    assertThat(roundTrip(orderBy)).isEqualTo("SELECT DISTINCT ON (customer, region) "
        + "customer, amount AS last_amount FROM orders ORDER BY customer, ts DESC");
  }

  @Test void expressionsAndStar() {
    final SqlSelect select =
        parse("select distinct on (a + 1, lower(b)) * from t", SqlSelect.class);
    assertThat(DistinctOnQuantifier.of(select).orElseThrow().getKeys().get(0).getKind())
        .isEqualTo(SqlKind.PLUS);
    assertThat(FreshetSqlParser.unparse(select.getSelectList().get(0))).isEqualTo("*");
    roundTrip(select);
  }

  @Test void noSpaceBeforeParenthesis() {
    final SqlSelect select = parse("select distinct on(a) a, b from t", SqlSelect.class);
    assertThat(DistinctOnQuantifier.of(select)).isPresent();
  }

  @Test void plainDistinctAndColumnsNamedOnSomething() {
    final SqlSelect distinct = parse("select distinct a from t", SqlSelect.class);
    assertThat(distinct.isDistinct()).isTrue();
    assertThat(DistinctOnQuantifier.of(distinct)).isEmpty();
    final SqlSelect online = parse("select distinct online from t", SqlSelect.class);
    assertThat(FreshetSqlParser.unparse(online.getSelectList().get(0))).isEqualTo("online");
  }

  @Test void inSubquery() {
    final SqlSelect outer = parse("select * from (select distinct on (a) a, b from t) s",
        SqlSelect.class);
    assertThat(roundTrip(outer))
        .isEqualTo("SELECT * FROM (SELECT DISTINCT ON (a) a, b FROM t) AS s");
  }

  @Test void onlyRightAfterSelect() {
    assertThat(parseError("select a, distinct on (a) b from t").getMessage())
        .isEqualTo("syntax error at or near \"DISTINCT\"");
  }
}
