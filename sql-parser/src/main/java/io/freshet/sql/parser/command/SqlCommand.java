package io.freshet.sql.parser.command;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Base of the parse trees for statements that are neither queries, DML nor DDL: session
 * settings (SET, RESET, SHOW), transaction control, FLUSH, EXPLAIN and the like. The
 * server executes them itself rather than planning them.
 */
public abstract class SqlCommand extends SqlCall {
  /** Creates a command at a position. */
  protected SqlCommand(SqlParserPos pos) {
    super(pos);
  }

  /** No operands, unless a subclass holds nested SQL. */
  @Override public List<SqlNode> getOperandList() {
    return List.of();
  }
}
