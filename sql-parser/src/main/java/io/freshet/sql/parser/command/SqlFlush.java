package io.freshet.sql.parser.command;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code FLUSH}: wait until every change this session has written is
 * committed and visible in every materialized view.
 */
public final class SqlFlush extends SqlCommand {
  /** The operator of FLUSH statements. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("FLUSH", SqlKind.OTHER);

  /** Creates a FLUSH. */
  public SqlFlush(SqlParserPos pos) {
    super(pos);
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("FLUSH");
  }
}
