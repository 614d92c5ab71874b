package io.freshet.sql.parser.expr;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseExpression;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.junit.jupiter.api.Test;

class StringLiteralParserTest {
  private static String value(String expression) {
    final SqlLiteral literal = (SqlLiteral) parseExpression(expression);
    assertThat(literal).isInstanceOf(SqlCharStringLiteral.class);
    assertThat(((SqlCharStringLiteral) literal).getNlsString().getCharsetName()).isNull();
    return literal.getValueAs(String.class);
  }

  @Test void standardStrings() {
    assertThat(value("'it''s'")).isEqualTo("it's");
    assertThat(value("''")).isEmpty();
  }

  @Test void escapeStrings() {
    assertThat(value("E'a\\tb\\nc'")).isEqualTo("a\tb\nc");
    assertThat(value("e'it\\'s'")).isEqualTo("it's");
    assertThat(value("E'\\u0041\\\\'")).isEqualTo("A\\");
    assertThat(value("E'x''y'")).isEqualTo("x'y");
  }

  @Test void dollarQuotedStrings() {
    assertThat(value("$$it's \"raw\" \\n$$")).isEqualTo("it's \"raw\" \\n");
    assertThat(value("$$a$b$$")).isEqualTo("a$b");
    assertThat(value("$$$$")).isEmpty();
  }

  @Test void roundTrip_() {
    assertThat(roundTrip(parse("select E'a\\'b', $$c'd$$, 'e'")))
        .isEqualTo("SELECT 'a''b', 'c''d', 'e'");
  }

  @Test void identifierNamedE() {
    roundTrip(parse("select e, e.x from e"));
  }
}
