package io.freshet.sql.parser;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Converts the parser's line and column positions into offsets in the SQL string.
 *
 * <p>The parser counts lines as JavaCC's SimpleCharStream does (a line ends at
 * {@code \n}, at {@code \r\n}, or at a lone {@code \r}) and columns in Java chars from 1,
 * with a tab counting as one column (FreshetSqlParser sets a tab size of 1).
 */
final class SourcePositions {
  private final String sql;
  private final int[] lineStarts;

  SourcePositions(String sql) {
    this.sql = sql;
    final List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < sql.length(); i++) {
      final char c = sql.charAt(i);
      if (c == '\r') {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == '\n') {
          i++;
        }
        starts.add(i + 1);
      } else if (c == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 0-based index in the string of a 1-based line and column, clamped to the string. */
  int offset(int line, int column) {
    if (line < 1) {
      return 0;
    }
    final int start = lineStarts[Math.min(line, lineStarts.length) - 1];
    return Math.max(0, Math.min(sql.length(), start + column - 1));
  }

  /** The 0-based index in the string where a position starts. */
  int startOffset(SqlParserPos pos) {
    return offset(pos.getLineNum(), pos.getColumnNum());
  }

  /** The 0-based index in the string just after where a position ends. */
  int endOffset(SqlParserPos pos) {
    return Math.min(sql.length(), offset(pos.getEndLineNum(), pos.getEndColumnNum()) + 1);
  }

  /**
   * PostgreSQL's position of the character at a 0-based index: 1-based, counted in
   * characters (code points) rather than Java chars.
   */
  int characterPosition(int offset) {
    return sql.codePointCount(0, Math.min(offset, sql.length())) + 1;
  }

  /** The text a position covers. */
  String text(SqlParserPos pos) {
    final int start = startOffset(pos);
    final int end = Math.max(start, endOffset(pos));
    return sql.substring(start, end);
  }

  /** The whole string. */
  String sql() {
    return sql;
  }
}
