package io.freshet.sql.parser;

import java.util.List;

/**
 * A statement that Freshet's parser rejects, with what the PostgreSQL wire protocol's
 * ErrorResponse needs: a message worded like PostgreSQL's ({@code syntax error at or near
 * "FROM"}), the SQLSTATE, and the position of the error as PostgreSQL counts it.
 *
 * <p>The position is the 1-based index of the offending character among the characters
 * (Unicode code points) of the whole string that was parsed, which is what the 'P' field
 * of an ErrorResponse holds; it is 0 when the parser could not tell. The line and column
 * are 1-based as well.
 *
 * <p>Calcite's list of tokens it would have accepted is kept out of the message; it is
 * available from {@link #expectedTokens()} for a hint or a log line.
 */
public final class FreshetParseException extends Exception {
  private static final long serialVersionUID = 1L;

  /** SQLSTATE {@code syntax_error}. */
  public static final String SYNTAX_ERROR = "42601";
  /** SQLSTATE {@code feature_not_supported}. */
  public static final String FEATURE_NOT_SUPPORTED = "0A000";
  /** SQLSTATE {@code invalid_datetime_format}, also used for malformed interval text. */
  public static final String INVALID_DATETIME_FORMAT = "22007";
  /** SQLSTATE {@code invalid_table_definition}. */
  public static final String INVALID_TABLE_DEFINITION = "42P16";
  /** SQLSTATE {@code name_too_long}. */
  public static final String NAME_TOO_LONG = "42622";
  /** SQLSTATE {@code undefined_parameter}. */
  public static final String UNDEFINED_PARAMETER = "42P02";

  private final String sqlState;
  private final int position;
  private final int line;
  private final int column;
  private final List<String> expectedTokens;

  /**
   * Creates an exception.
   *
   * @param message the primary message, without the list of expected tokens
   * @param sqlState the SQLSTATE, such as {@link #SYNTAX_ERROR}
   * @param position 1-based character position in the parsed string, or 0 if unknown
   * @param line 1-based line of the error, or 0 if unknown
   * @param column 1-based column of the error within its line, or 0 if unknown
   * @param expectedTokens tokens the parser would have accepted there (may be empty)
   * @param cause the error Calcite's parser reported, if any
   */
  public FreshetParseException(String message, String sqlState, int position, int line,
      int column, List<String> expectedTokens, Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
    this.position = position;
    this.line = line;
    this.column = column;
    this.expectedTokens = List.copyOf(expectedTokens);
  }

  /** The SQLSTATE to report, such as {@link #SYNTAX_ERROR}. */
  public String sqlState() {
    return sqlState;
  }

  /**
   * The 1-based position, in characters of the whole parsed string, of the character
   * where the error is; 0 if unknown.
   */
  public int position() {
    return position;
  }

  /** The 1-based line of the error; 0 if unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the error within its line; 0 if unknown. */
  public int column() {
    return column;
  }

  /** The tokens Calcite's parser would have accepted at the error, for hints and logs. */
  public List<String> expectedTokens() {
    return expectedTokens;
  }
}
