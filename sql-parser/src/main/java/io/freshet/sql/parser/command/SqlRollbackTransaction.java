package io.freshet.sql.parser.command;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code ROLLBACK [WORK | TRANSACTION]} and its synonym {@code ABORT}:
 * abandon the current transaction block.
 */
public final class SqlRollbackTransaction extends SqlCommand {
  /** The operator of ROLLBACK statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("ROLLBACK", SqlKind.ROLLBACK);

  /** Creates a ROLLBACK. */
  public SqlRollbackTransaction(SqlParserPos pos) {
    super(pos);
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("ROLLBACK");
  }
}
