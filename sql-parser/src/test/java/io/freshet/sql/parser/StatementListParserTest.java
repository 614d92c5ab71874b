package io.freshet.sql.parser;

import static io.freshet.sql.parser.ParserAssertions.parseError;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.sql.parser.command.SqlFlush;
import io.freshet.sql.parser.ddl.SqlCreateTable;
import java.util.List;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementListParserTest {
  @Test void severalStatements() throws FreshetParseException {
    final List<SqlNode> statements = FreshetSqlParser.parseStatements(
        "CREATE TABLE t (a INT);\nINSERT INTO t VALUES (1);\nFLUSH;\nSELECT * FROM t;");
    assertThat(statements).hasSize(4);
    assertThat(statements.get(0)).isInstanceOf(SqlCreateTable.class);
    assertThat(statements.get(1)).isInstanceOf(SqlInsert.class);
    assertThat(statements.get(2)).isInstanceOf(SqlFlush.class);
    assertThat(statements.get(3)).isInstanceOf(SqlSelect.class);
  }

  @Test void emptyStatementsAreSkipped() throws FreshetParseException {
    assertThat(FreshetSqlParser.parseStatements(";;select 1;;; select 2;")).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", ";", " ; ; ", "-- just a comment", "/* block */",
      "-- one\n/* two */ ;\n"})
  void nothingToParse(String sql) throws FreshetParseException {
    assertThat(FreshetSqlParser.parseStatements(sql)).isEmpty();
  }

  @Test void singleStatementMayHaveSemicolons() throws FreshetParseException {
    assertThat(FreshetSqlParser.parseStatement("select 1;")).isInstanceOf(SqlSelect.class);
    assertThat(FreshetSqlParser.parseStatement("; select 1 ;;"))
        .isInstanceOf(SqlSelect.class);
  }

  @Test void singleStatementRejectsTwo() {
    final FreshetParseException e = catchOne("select 1; select 2");
    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"select\"");
    assertThat(e.position()).isEqualTo(11);
  }

  @Test void statementsNeedSemicolonsBetween() {
    assertThat(parseError("select 1 select 2").getMessage())
        .isEqualTo("syntax error at or near \"select\"");
  }

  @Test void commentsAreSkipped() throws FreshetParseException {
    assertThat(FreshetSqlParser.parseStatements(
        "-- first\nselect 1; /* second */ select /* inline */ 2 -- trailing")).hasSize(2);
  }

  private static FreshetParseException catchOne(String sql) {
    try {
      FreshetSqlParser.parseStatement(sql);
    } catch (FreshetParseException e) {
      return e;
    }
    throw new AssertionError("no error for " + sql);
  }
}
