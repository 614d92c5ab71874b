package io.freshet.sql.parser;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseError;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.sql.parser.command.SqlExplainStatement;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.junit.jupiter.api.Test;

class PositionalParameterParserTest {
  /** The parameters of a tree, in the order they appear. */
  private static List<SqlDynamicParam> params(SqlNode node) {
    final List<SqlDynamicParam> params = new ArrayList<>();
    node.accept(new SqlBasicVisitor<Void>() {
      @Override public Void visit(SqlDynamicParam param) {
        params.add(param);
        return null;
      }
    });
    params.sort((a, b) -> a.getParserPosition().getColumnNum()
        - b.getParserPosition().getColumnNum());
    return params;
  }

  @Test void inOrder() {
    final SqlNode node = parse("SELECT $1, $2 FROM t WHERE a = $3 LIMIT $4 OFFSET $5");
    assertThat(params(node)).extracting(SqlDynamicParam::getIndex)
        .containsExactly(0, 1, 2, 3, 4);
    assertThat(roundTrip(node))
        .isEqualTo("SELECT $1, $2 FROM t WHERE a = $3 OFFSET $5 ROWS FETCH NEXT $4 ROWS ONLY");
  }

  @Test void outOfOrderAndRepeated() {
    final SqlNode node = parse("select * from t where a = $2 and b = $1 or c = $2 limit $3");
    assertThat(params(node)).extracting(SqlDynamicParam::getIndex)
        .containsExactly(1, 0, 1, 2);
    assertThat(roundTrip(node)).isEqualTo(
        "SELECT * FROM t WHERE a = $2 AND b = $1 OR c = $2 FETCH NEXT $3 ROWS ONLY");
  }

  @Test void positionIsTheParameters() {
    final SqlDynamicParam param = params(parse("select x from t where y = $12")).get(0);
    assertThat(param.getIndex()).isEqualTo(11);
    assertThat(param.getParserPosition().getColumnNum()).isEqualTo(27);
    assertThat(param.getParserPosition().getEndColumnNum()).isEqualTo(29);
  }

  @Test void inDml() {
    assertThat(params(parse("INSERT INTO t (a, b) VALUES ($2, $1)")))
        .extracting(SqlDynamicParam::getIndex).containsExactly(1, 0);
    assertThat(params(parse("UPDATE t SET a = $1 WHERE b = $2")))
        .extracting(SqlDynamicParam::getIndex).containsExactly(0, 1);
    assertThat(params(parse("delete from t where b = $3")))
        .extracting(SqlDynamicParam::getIndex).containsExactly(2);
  }

  @Test void inExplain() {
    final SqlExplainStatement explain =
        parse("explain select $2, $1", SqlExplainStatement.class);
    assertThat(params(explain.getStatement())).extracting(SqlDynamicParam::getIndex)
        .containsExactly(1, 0);
  }

  @Test void withCasts() {
    assertThat(params(parse("select $1::int + $2::text::int")))
        .extracting(SqlDynamicParam::getIndex).containsExactly(0, 1);
  }

  @Test void eachStatementCountsFromOne() {
    final List<SqlNode> statements = parseStatements("select $1; select $1, $2");
    assertThat(params(statements.get(1))).extracting(SqlDynamicParam::getIndex)
        .containsExactly(0, 1);
  }

  @Test void reorderedParametersInDdlAreRejected() {
    final FreshetParseException e = parseError("create view v as select $2, $1");
    assertThat(e.sqlState()).isEqualTo(FreshetParseException.FEATURE_NOT_SUPPORTED);
    assertThat(e.position()).isEqualTo(1);
  }

  @Test void questionMarksStillWork() {
    assertThat(params(parse("select ?, ? from t where a = ? limit ?")))
        .extracting(SqlDynamicParam::getIndex).containsExactly(0, 1, 2, 3);
  }

  @Test void mixingStylesIsRejected() {
    final FreshetParseException e = parseError("select $1, ?");
    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"?\"");
    assertThat(e.position()).isEqualTo(12);
  }

  @Test void parameterZeroDoesNotExist() {
    assertThat(parseError("select $0").sqlState())
        .isEqualTo(FreshetParseException.UNDEFINED_PARAMETER);
  }

  @Test void dollarIdentifiersAreNotParameters() {
    assertThat(params(parse("select $1abc from t"))).isEmpty();
  }

  private static List<SqlNode> parseStatements(String sql) {
    try {
      return FreshetSqlParser.parseStatements(sql);
    } catch (FreshetParseException e) {
      throw new AssertionError(e);
    }
  }
}
