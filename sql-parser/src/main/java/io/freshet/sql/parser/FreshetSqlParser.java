package io.freshet.sql.parser;

import io.freshet.sql.parser.impl.FreshetSqlParserImpl;
import io.freshet.sql.parser.impl.Token;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWriterConfig;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.pretty.SqlPrettyWriter;
import org.apache.calcite.util.SourceStringReader;

/**
 * Parses Freshet's SQL dialect — PostgreSQL's, plus streaming DDL in RisingWave's
 * spelling — into Calcite parse trees.
 *
 * <p>The lexical rules are PostgreSQL's: identifiers are quoted with double quotes,
 * unquoted identifiers are folded to lower case, quoted ones are kept as written, names
 * are matched case-sensitively, and an identifier may have at most 63 characters.
 *
 * <p>Besides the grammar itself (generated from Calcite's Parser.jj with Freshet's
 * additions in {@code src/main/codegen}), parsing a statement does what the grammar
 * cannot do alone:
 * <ul>
 *   <li>{@code SELECT DISTINCT ON (...)} becomes a
 *       {@link io.freshet.sql.parser.expr.DistinctOnQuantifier} in the SELECT's keywords;</li>
 *   <li>{@code FROM TUMBLE(t, ts, ...)}, {@code HOP(...)} and {@code SESSION(...)} become
 *       Calcite's window table function calls
 *       {@code TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), ...))};</li>
 *   <li>each {@code $n} parameter becomes a {@link org.apache.calcite.sql.SqlDynamicParam}
 *       whose index is n - 1;</li>
 *   <li>errors become {@link FreshetParseException}s with PostgreSQL's wording and
 *       character positions.</li>
 * </ul>
 * So use these methods rather than {@link SqlParser} with {@link #config()}, which would
 * skip those steps.
 *
 * <p>The methods are thread-safe: each call creates its own parser.
 */
public final class FreshetSqlParser {
  /** PostgreSQL's limit on the length of an identifier (NAMEDATALEN - 1). */
  public static final int IDENTIFIER_MAX_LENGTH = 63;

  private static final SqlParser.Config CONFIG = SqlParser.config()
      .withParserFactory(FreshetSqlParserImpl.FACTORY)
      .withQuoting(Quoting.DOUBLE_QUOTE)
      .withUnquotedCasing(Casing.TO_LOWER)
      .withQuotedCasing(Casing.UNCHANGED)
      .withCaseSensitive(true)
      .withIdentifierMaxLength(IDENTIFIER_MAX_LENGTH)
      .withConformance(FreshetSqlConformance.INSTANCE);

  private FreshetSqlParser() {
  }

  /**
   * The parser configuration: Freshet's parser factory, PostgreSQL's lexical rules and
   * {@link FreshetSqlConformance}. The planner reuses it (for the validator's casing,
   * case sensitivity and conformance).
   */
  public static SqlParser.Config config() {
    return CONFIG;
  }

  /**
   * Parses statements separated by semicolons. Empty statements (extra semicolons) are
   * skipped, so an empty or comment-only string gives an empty list.
   *
   * @throws FreshetParseException if the text is not valid SQL
   */
  public static List<SqlNode> parseStatements(String sql) throws FreshetParseException {
    final SourcePositions source = new SourcePositions(sql);
    final FreshetSqlParserImpl parser = newParser(sql);
    final Token head = parser.token;
    final SqlNodeList statements;
    try {
      statements = parser.FreshetStatementList();
    } catch (Throwable e) {
      throw translate(parser, source, head, e);
    }
    final List<SqlNode> result = new ArrayList<>(statements.size());
    for (SqlNode statement : statements) {
      result.add(finish(statement, source));
    }
    return List.copyOf(result);
  }

  /**
   * Parses exactly one statement; semicolons around it are allowed.
   *
   * @throws FreshetParseException if the text is not exactly one valid statement
   */
  public static SqlNode parseStatement(String sql) throws FreshetParseException {
    final SourcePositions source = new SourcePositions(sql);
    final FreshetSqlParserImpl parser = newParser(sql);
    final Token head = parser.token;
    final SqlNode statement;
    try {
      statement = parser.FreshetStatementEof();
    } catch (Throwable e) {
      throw translate(parser, source, head, e);
    }
    return finish(statement, source);
  }

  /**
   * Parses one expression, such as a column's DEFAULT or a watermark kept as text.
   *
   * @throws FreshetParseException if the text is not one valid expression
   */
  public static SqlNode parseExpression(String sql) throws FreshetParseException {
    final SourcePositions source = new SourcePositions(sql);
    final FreshetSqlParserImpl parser = newParser(sql);
    final Token head = parser.token;
    final SqlNode expression;
    try {
      expression = parser.parseSqlExpressionEof();
    } catch (Throwable e) {
      throw translate(parser, source, head, e);
    }
    return finish(expression, source);
  }

  /**
   * Writes a parse tree as SQL that this parser reads back to the same tree: PostgreSQL's
   * quoting, and {@code $n} for parameters.
   */
  public static String unparse(SqlNode node) {
    final SqlWriterConfig config = SqlPrettyWriter.config()
        .withDialect(FreshetSqlDialect.DEFAULT)
        .withAlwaysUseParentheses(false)
        .withSelectListItemsOnSeparateLines(false)
        .withUpdateSetListNewline(false)
        .withClauseStartsLine(false)
        .withClauseEndsLine(false)
        .withIndentation(0)
        .withQuoteAllIdentifiers(false);
    final FreshetSqlWriter writer = new FreshetSqlWriter(config);
    node.unparse(writer, 0, 0);
    return onOneLine(writer.toSqlString().getSql());
  }

  /** Replaces the line breaks Calcite's writer puts between clauses, outside quotes, by spaces. */
  private static String onOneLine(String sql) {
    final StringBuilder b = new StringBuilder(sql.length());
    char quote = 0;
    boolean skipIndent = false;
    for (int i = 0; i < sql.length(); i++) {
      final char c = sql.charAt(i);
      if (skipIndent && c == ' ') {
        continue;
      }
      skipIndent = false;
      if (quote == 0 && c == '\n') {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
        skipIndent = true;
        continue;
      }
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static FreshetSqlParserImpl newParser(String sql) {
    final FreshetSqlParserImpl parser = (FreshetSqlParserImpl)
        // JavaCC's character stream cannot be given an empty buffer.
        FreshetSqlParserImpl.FACTORY.getParser(new SourceStringReader(sql.isEmpty() ? " " : sql));
    parser.setTabSize(1);
    parser.setQuotedCasing(CONFIG.quotedCasing());
    parser.setUnquotedCasing(CONFIG.unquotedCasing());
    parser.setIdentifierMaxLength(CONFIG.identifierMaxLength());
    parser.setConformance(CONFIG.conformance());
    parser.switchTo(SqlAbstractParserImpl.LexicalState.forConfig(CONFIG));
    return parser;
  }

  /** Rewrites what the grammar could not build directly; see the class comment. */
  private static SqlNode finish(SqlNode node, SourcePositions source)
      throws FreshetParseException {
    try {
      DistinctOnRewriter.rewrite(node);
      WindowTableFunctionRewriter.rewrite(node);
      return PositionalParameterBinder.bind(node, source);
    } catch (org.apache.calcite.runtime.CalciteContextException e) {
      final SqlParseException parseException = new SqlParseException(e.getMessage(),
          new org.apache.calcite.sql.parser.SqlParserPos(e.getPosLine(), e.getPosColumn(),
              e.getEndPosLine(), e.getEndPosColumn()), null, null, e.getCause());
      throw new ParseErrorTranslator(source, null).translate(parseException);
    }
  }

  private static FreshetParseException translate(FreshetSqlParserImpl parser,
      SourcePositions source, Token head, Throwable e) {
    final SqlParseException parseException = parser.normalizeException(e);
    return new ParseErrorTranslator(source, head).translate(parseException);
  }
}
