package io.freshet.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.sql.parser.impl.FreshetSqlParserImpl;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;

class FreshetSqlParserConfigTest {
  @Test void postgresLexicalRules() {
    final SqlParser.Config config = FreshetSqlParser.config();
    assertThat(config.parserFactory()).isSameAs(FreshetSqlParserImpl.FACTORY);
    assertThat(config.quoting()).isEqualTo(Quoting.DOUBLE_QUOTE);
    assertThat(config.unquotedCasing()).isEqualTo(Casing.TO_LOWER);
    assertThat(config.quotedCasing()).isEqualTo(Casing.UNCHANGED);
    assertThat(config.caseSensitive()).isTrue();
    assertThat(config.identifierMaxLength()).isEqualTo(63);
    assertThat(config.conformance()).isSameAs(FreshetSqlConformance.INSTANCE);
  }

  @Test void conformance() {
    final FreshetSqlConformance conformance = FreshetSqlConformance.INSTANCE;
    assertThat(conformance.isBangEqualAllowed()).isTrue();
    assertThat(conformance.isOffsetLimitAllowed()).isTrue();
    assertThat(conformance.isFromRequired()).isFalse();
    assertThat(conformance.isPercentRemainderAllowed()).isTrue();
  }

  @Test void calcitesParserWorksWithTheConfigForPlainStatements() throws Exception {
    final SqlNode node =
        SqlParser.create("select a::int from T", FreshetSqlParser.config()).parseStmt();
    assertThat(FreshetSqlParser.unparse(node)).isEqualTo("SELECT CAST(a AS INTEGER) FROM t");
  }

  @Test void parseExpression() throws FreshetParseException {
    assertThat(FreshetSqlParser.unparse(FreshetSqlParser.parseExpression("a + $1::int")))
        .isEqualTo("a + CAST($1 AS INTEGER)");
  }
}
