package io.freshet.sql.parser;

import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * An error that an action of Freshet's grammar detects (as opposed to a syntax error that
 * JavaCC detects), with the SQLSTATE the server reports for it.
 *
 * <p>Grammar actions throw it wrapped in a {@link CalciteContextException} that carries
 * its position: that is how Calcite's generated parser passes the position of such
 * errors on to {@link org.apache.calcite.sql.parser.SqlParseException}, whose cause is
 * then this error. {@link FreshetSqlParser} turns it into a {@link FreshetParseException}.
 */
public final class GrammarError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  private GrammarError(String sqlState, String message) {
    super(message);
    this.sqlState = sqlState;
  }

  /** The SQLSTATE of the error, such as {@code 0A000} for an unsupported feature. */
  public String sqlState() {
    return sqlState;
  }

  /**
   * A syntax error at a token, worded as PostgreSQL words it.
   *
   * @param near the text of the token, or null at the end of the input
   */
  public static CalciteContextException syntaxError(SqlParserPos pos, String near) {
    return at(pos, FreshetParseException.SYNTAX_ERROR,
        near == null ? "syntax error at end of input" : "syntax error at or near \"" + near + "\"");
  }

  /** Syntax that is understood but not supported (SQLSTATE 0A000). */
  public static CalciteContextException unsupported(SqlParserPos pos, String message) {
    return at(pos, FreshetParseException.FEATURE_NOT_SUPPORTED, message);
  }

  /** A table or source definition that contradicts itself (SQLSTATE 42P16). */
  public static CalciteContextException invalidDefinition(SqlParserPos pos, String message) {
    return at(pos, FreshetParseException.INVALID_TABLE_DEFINITION, message);
  }

  /** A malformed date, time or interval text (SQLSTATE 22007). */
  public static CalciteContextException invalidDatetimeFormat(SqlParserPos pos, String message) {
    return at(pos, FreshetParseException.INVALID_DATETIME_FORMAT, message);
  }

  /** An error with the given SQLSTATE and message at a position. */
  public static CalciteContextException at(SqlParserPos pos, String sqlState, String message) {
    return new CalciteContextException(message, new GrammarError(sqlState, message),
        pos.getLineNum(), pos.getColumnNum(), pos.getEndLineNum(), pos.getEndColumnNum());
  }

  /**
   * Whether a token's text is a word: an unquoted identifier or a keyword. The grammar's
   * AnyWord() accepts such tokens where PostgreSQL accepts any word, reserved or not.
   */
  public static boolean isWord(String image) {
    if (image.isEmpty()) {
      return false;
    }
    final char first = image.charAt(0);
    if (!Character.isLetter(first) && first != '_') {
      return false;
    }
    for (int i = 1; i < image.length(); i++) {
      final char c = image.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
        return false;
      }
    }
    return true;
  }
}
