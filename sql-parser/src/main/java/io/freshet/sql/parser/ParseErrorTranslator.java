package io.freshet.sql.parser;

import io.freshet.sql.parser.impl.FreshetSqlParserImpl;
import io.freshet.sql.parser.impl.FreshetSqlParserImplConstants;
import io.freshet.sql.parser.impl.ParseException;
import io.freshet.sql.parser.impl.Token;
import io.freshet.sql.parser.impl.TokenMgrError;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.Static;

/**
 * Turns what Calcite's generated parser reports ({@link SqlParseException}, whose cause is
 * JavaCC's ParseException or TokenMgrError, a {@link GrammarError}, or a validator-style
 * error) into a {@link FreshetParseException} worded and positioned as PostgreSQL would.
 */
final class ParseErrorTranslator {
  private static final Pattern LEXICAL_ERROR = Pattern.compile(
      "(?s)Lexical error at line (\\d+), column (\\d+)\\.\\s+Encountered: (<EOF>|\"(.*?)\" \\(\\d+\\)),? "
          + "after ?: \"(.*)\"\\s*");

  private static final SqlAbstractParserImpl.Metadata METADATA =
      new FreshetSqlParserImpl(new StringReader("")).getMetadata();

  private final SourcePositions source;
  private final Token head;

  /**
   * Creates a translator.
   *
   * @param source the parsed string
   * @param head the parser's token before the first token, to look back from an error
   */
  ParseErrorTranslator(SourcePositions source, Token head) {
    this.source = source;
    this.head = head;
  }

  FreshetParseException translate(SqlParseException e) {
    final Throwable cause = e.getCause();
    final List<String> expected = new ArrayList<>(e.getExpectedTokenNames());
    if (cause instanceof GrammarError) {
      return at(e.getPos(), cause.getMessage(), ((GrammarError) cause).sqlState(), expected, e);
    }
    if (cause instanceof ParseException) {
      return syntaxError((ParseException) cause, e.getPos(), expected, e);
    }
    if (cause instanceof TokenMgrError) {
      return lexicalError(cause.getMessage(), e);
    }
    final String message = cause == null ? e.getMessage() : cause.getMessage();
    if (message != null
        && (message.equals(Static.RESOURCE.illegalNonQueryExpression().str())
            || message.equals(Static.RESOURCE.illegalQueryExpression().str()))) {
      // Calcite accepts any expression where a statement starts, then rejects it: to
      // PostgreSQL that is a plain syntax error, as in "selec 1".
      return nearText(e.getPos(), expected, e);
    }
    final String sqlState = message != null && message.startsWith("Length of identifier")
        ? FreshetParseException.NAME_TOO_LONG : FreshetParseException.SYNTAX_ERROR;
    return at(e.getPos(), message == null ? "syntax error" : message, sqlState, expected, e);
  }

  private FreshetParseException syntaxError(ParseException pe, SqlParserPos pos,
      List<String> expected, SqlParseException e) {
    if (pe.currentToken == null || pe.currentToken.next == null) {
      // Calcite replaced the exception with its keyword message; its position still
      // names the offending token.
      return nearText(pos, expected, e);
    }
    Token offending = pe.currentToken.next;
    final Token previous = previousOf(pe.currentToken);
    if (previous != null && previous.kind == FreshetSqlParserImplConstants.STAR
        && GrammarError.isWord(pe.currentToken.image)
        && !METADATA.isReservedWord(pe.currentToken.image.toUpperCase(Locale.ROOT))) {
      // "SELECT * form t": Calcite reads "form" as an alias of *, which PostgreSQL does
      // not allow, so PostgreSQL (and this message) blames "form", not "t".
      offending = pe.currentToken;
    }
    if (offending.kind == FreshetSqlParserImplConstants.EOF) {
      return endOfInput(expected, e);
    }
    final int offset = source.offset(offending.beginLine, offending.beginColumn);
    if (offending.kind == FreshetSqlParserImplConstants.QUOTE
        || offending.kind == FreshetSqlParserImplConstants.DOUBLE_QUOTE) {
      // A lone quote is what the lexer makes of a string or identifier left open.
      final String what = offending.kind == FreshetSqlParserImplConstants.QUOTE
          ? "unterminated quoted string" : "unterminated quoted identifier";
      return new FreshetParseException(
          what + " at or near \"" + source.sql().substring(offset) + "\"",
          FreshetParseException.SYNTAX_ERROR, source.characterPosition(offset),
          offending.beginLine, offending.beginColumn, expected, e);
    }
    return new FreshetParseException("syntax error at or near \"" + offending.image + "\"",
        FreshetParseException.SYNTAX_ERROR, source.characterPosition(offset),
        offending.beginLine, offending.beginColumn, expected, e);
  }

  private FreshetParseException nearText(SqlParserPos pos, List<String> expected,
      SqlParseException e) {
    if (pos == null) {
      return new FreshetParseException("syntax error", FreshetParseException.SYNTAX_ERROR, 0,
          0, 0, expected, e);
    }
    final String text = source.text(pos);
    if (text.isEmpty()) {
      return endOfInput(expected, e);
    }
    return at(pos, "syntax error at or near \"" + text + "\"",
        FreshetParseException.SYNTAX_ERROR, expected, e);
  }

  private FreshetParseException endOfInput(List<String> expected, SqlParseException e) {
    final String sql = source.sql();
    return new FreshetParseException("syntax error at end of input",
        FreshetParseException.SYNTAX_ERROR, source.characterPosition(sql.length()), 0, 0,
        expected, e);
  }

  private FreshetParseException lexicalError(String message, SqlParseException e) {
    final Matcher matcher = LEXICAL_ERROR.matcher(message);
    if (!matcher.matches()) {
      return at(e.getPos(), "syntax error", FreshetParseException.SYNTAX_ERROR, List.of(), e);
    }
    final int line = Integer.parseInt(matcher.group(1));
    final int column = Integer.parseInt(matcher.group(2));
    final boolean atEnd = matcher.group(3).equals("<EOF>");
    final String after = unescape(matcher.group(5));
    final String sql = source.sql();
    int offset = atEnd ? sql.length() : source.offset(line, column);
    if (!after.isEmpty()) {
      final int start = sql.lastIndexOf(after, offset);
      if (start >= 0) {
        offset = start;
      }
      final String what;
      if (after.startsWith("'") || after.regionMatches(true, 0, "E'", 0, 2)) {
        what = "unterminated quoted string";
      } else if (after.startsWith("\"")) {
        what = "unterminated quoted identifier";
      } else if (after.startsWith("$$")) {
        what = "unterminated dollar-quoted string";
      } else if (after.startsWith("/*")) {
        what = "unterminated /* comment";
      } else {
        what = "syntax error";
      }
      return new FreshetParseException(what + " at or near \"" + after + "\"",
          FreshetParseException.SYNTAX_ERROR, source.characterPosition(offset), line, column,
          List.of(), e);
    }
    final String near = atEnd ? null : unescape(matcher.group(4));
    return new FreshetParseException(
        near == null ? "syntax error at end of input" : "syntax error at or near \"" + near + "\"",
        FreshetParseException.SYNTAX_ERROR, source.characterPosition(offset), line, column,
        List.of(), e);
  }

  private FreshetParseException at(SqlParserPos pos, String message, String sqlState,
      List<String> expected, SqlParseException e) {
    if (pos == null || pos.getLineNum() == 0) {
      return new FreshetParseException(message, sqlState, 0, 0, 0, expected, e);
    }
    final int offset = source.startOffset(pos);
    return new FreshetParseException(message, sqlState, source.characterPosition(offset),
        pos.getLineNum(), pos.getColumnNum(), expected, e);
  }

  private Token previousOf(Token token) {
    Token previous = null;
    for (Token t = head; t != null && t != token; t = t.next) {
      previous = t;
    }
    return previous == head ? null : previous;
  }

  /** Undoes JavaCC's TokenMgrError.addEscapes. */
  private static String unescape(String escaped) {
    if (escaped == null) {
      return null;
    }
    final StringBuilder b = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      final char c = escaped.charAt(i);
      if (c != '\\' || i + 1 == escaped.length()) {
        b.append(c);
        continue;
      }
      final char next = escaped.charAt(++i);
      switch (next) {
      case 'b':
        b.append('\b');
        break;
      case 't':
        b.append('\t');
        break;
      case 'n':
        b.append('\n');
        break;
      case 'f':
        b.append('\f');
        break;
      case 'r':
        b.append('\r');
        break;
      case 'u':
        if (i + 4 < escaped.length()) {
          b.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
          i += 4;
        }
        break;
      default:
        b.append(next);
        break;
      }
    }
    return b.toString();
  }
}
