package io.freshet.sql.parser.command;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code COMMIT [WORK | TRANSACTION]} and its synonym {@code END}: commit
 * the current transaction block.
 */
public final class SqlCommitTransaction extends SqlCommand {
  /** The operator of COMMIT statements. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("COMMIT", SqlKind.COMMIT);

  /** Creates a COMMIT. */
  public SqlCommitTransaction(SqlParserPos pos) {
    super(pos);
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("COMMIT");
  }
}
