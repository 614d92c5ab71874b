package io.freshet.sql.parser;

import static io.freshet.sql.parser.ParserAssertions.parseError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Errors carry PostgreSQL's wording and position: the 1-based character offset of the
 * offending token in the whole string, as an ErrorResponse's 'P' field holds it.
 */
class ParseErrorPositionTest {
  @Test void misspelledFrom() {
    final FreshetParseException e = parseError("select * form t");
    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"form\"");
    assertThat(e.position()).isEqualTo(10);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.sqlState()).isEqualTo(FreshetParseException.SYNTAX_ERROR);
    assertThat(e.expectedTokens()).isNotEmpty();
    assertThat(e.getMessage()).doesNotContain("Was expecting");
  }

  @Test void misspelledSelect() {
    final FreshetParseException e = parseError("selec 1");
    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"selec\"");
    assertThat(e.position()).isEqualTo(1);
  }

  @Test void positionCountsAcrossLines() {
    final FreshetParseException e = parseError("select a,\n  b\nform t");
    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"t\"");
    assertThat(e.position()).isEqualTo(20);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(6);

    final FreshetParseException star = parseError("select *\r\nform t");
    assertThat(star.getMessage()).isEqualTo("syntax error at or near \"form\"");
    assertThat(star.position()).isEqualTo(11);
    assertThat(star.line()).isEqualTo(2);
  }

  @Test void positionInALaterStatement() {
    final FreshetParseException e = parseError("select 1;\nselec 2;");
    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"selec\"");
    assertThat(e.position()).isEqualTo(11);
  }

  @Test void positionCountsCharactersNotJavaChars() {
    final FreshetParseException e = parseError("select '\uD83D\uDE00', x form t");
    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"t\"");
    assertThat(e.position()).isEqualTo(20);
  }

  @Test void reservedKeywordInTheWrongPlace() {
    final FreshetParseException e = parseError("select from from t");
    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"from\"");
    assertThat(e.position()).isEqualTo(8);
  }

  @Test void endOfInput() {
    final FreshetParseException e = parseError("SELECT * FROM");
    assertThat(e.getMessage()).isEqualTo("syntax error at end of input");
    assertThat(e.position()).isEqualTo(14);
  }

  @Test void unterminatedString() {
    final FreshetParseException e = parseError("select 'abc");
    assertThat(e.getMessage()).isEqualTo("unterminated quoted string at or near \"'abc\"");
    assertThat(e.position()).isEqualTo(8);
  }

  @Test void unknownCharacter() {
    final FreshetParseException e = parseError("select 1 # 2");
    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"#\"");
    assertThat(e.position()).isEqualTo(10);
  }

  @Test void identifierTooLong() {
    final String name = "a".repeat(64);
    final FreshetParseException e = parseError("select " + name + " from t");
    assertThat(e.sqlState()).isEqualTo(FreshetParseException.NAME_TOO_LONG);
    assertThat(e.position()).isEqualTo(8);
    assertThat(parseErrorFree("select " + "a".repeat(63) + " from t")).isTrue();
  }

  @Test void errorInsideDdl() {
    final FreshetParseException e =
        parseError("CREATE TABLE t (a INT,\n  b VARCHAR DEFAULT)");
    assertThat(e.getMessage()).isEqualTo("syntax error at or near \")\"");
    assertThat(e.position()).isEqualTo(43);
  }

  private static boolean parseErrorFree(String sql) {
    try {
      FreshetSqlParser.parseStatement(sql);
      return true;
    } catch (FreshetParseException e) {
      return false;
    }
  }
}
