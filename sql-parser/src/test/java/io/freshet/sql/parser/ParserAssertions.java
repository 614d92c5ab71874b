package io.freshet.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.apache.calcite.sql.SqlNode;

/** Helpers shared by the parser tests: parse, check the round trip, catch errors. */
public final class ParserAssertions {
  private ParserAssertions() {
  }

  /** Parses one statement, failing the test with the parser's message if it is rejected. */
  public static SqlNode parse(String sql) {
    try {
      return FreshetSqlParser.parseStatement(sql);
    } catch (FreshetParseException e) {
      throw new AssertionError("could not parse [" + sql + "]: " + e.getMessage()
          + " at " + e.position(), e);
    }
  }

  /** Parses one statement and checks its class. */
  public static <T extends SqlNode> T parse(String sql, Class<T> type) {
    final SqlNode node = parse(sql);
    assertThat(node).isInstanceOf(type);
    return type.cast(node);
  }

  /** Parses one expression. */
  public static SqlNode parseExpression(String sql) {
    try {
      return FreshetSqlParser.parseExpression(sql);
    } catch (FreshetParseException e) {
      throw new AssertionError("could not parse [" + sql + "]: " + e.getMessage(), e);
    }
  }

  /**
   * Unparses a tree, parses the SQL again and unparses that: both texts must be equal.
   * Returns the text.
   */
  public static String roundTrip(SqlNode node) {
    final String first = FreshetSqlParser.unparse(node);
    final SqlNode again = parse(first);
    assertThat(again.getClass()).isEqualTo(node.getClass());
    final String second = FreshetSqlParser.unparse(again);
    assertThat(second).as("unparse of the re-parsed [%s]", first).isEqualTo(first);
    return first;
  }

  /** Parses SQL that must be rejected, and returns the error. */
  public static FreshetParseException parseError(String sql) {
    final FreshetParseException e = catchThrowableOfType(FreshetParseException.class,
        () -> FreshetSqlParser.parseStatements(sql));
    assertThat(e).as("parse error for [%s]", sql).isNotNull();
    return e;
  }
}
