package io.freshet.sql.parser;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Turns RisingWave's spelling of window table functions in FROM into Calcite's, in place.
 *
 * <p>{@code FROM TUMBLE(t, ts, size)}, {@code HOP(t, ts, slide, size)} and
 * {@code SESSION(t, ts, [key,] gap)} parse (as Calcite's implicit table function call
 * syntax) to {@code TABLE(TUMBLE(t, ts, ...))} with plain identifiers as arguments. This
 * makes the first argument {@code TABLE t} and the time column (and SESSION's key column)
 * {@code DESCRIPTOR(ts)}, which is what Calcite's own spelling
 * {@code TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), size))} gives. Calcite's HOP takes the
 * slide before the size, as RisingWave's does, so no argument moves. Calls already in
 * Calcite's form are left alone.
 */
final class WindowTableFunctionRewriter extends SqlBasicVisitor<Void> {
  private static final Set<String> WINDOW_FUNCTIONS = Set.of("TUMBLE", "HOP", "SESSION");

  private WindowTableFunctionRewriter() {
  }

  /** Rewrites every window table function call in FROM clauses of a tree. */
  static void rewrite(SqlNode node) {
    node.accept(new WindowTableFunctionRewriter());
  }

  @Override public Void visit(SqlCall call) {
    if (call.getKind() == SqlKind.COLLECTION_TABLE && call.operandCount() == 1
        && call.operand(0) instanceof SqlBasicCall) {
      rewriteArguments((SqlBasicCall) call.operand(0));
    }
    return super.visit(call);
  }

  private static void rewriteArguments(SqlBasicCall function) {
    final String name = function.getOperator().getName().toUpperCase(Locale.ROOT);
    final List<SqlNode> operands = function.getOperandList();
    if (!WINDOW_FUNCTIONS.contains(name) || operands.size() < 3
        || !(operands.get(0) instanceof SqlIdentifier)) {
      return;
    }
    final SqlNode table = operands.get(0);
    function.setOperand(0,
        SqlStdOperatorTable.EXPLICIT_TABLE.createCall(table.getParserPosition(), table));
    function.setOperand(1, descriptor(operands.get(1)));
    if (name.equals("SESSION") && operands.size() == 4) {
      function.setOperand(2, descriptor(operands.get(2)));
    }
  }

  private static SqlNode descriptor(SqlNode column) {
    if (!(column instanceof SqlIdentifier)) {
      return column;
    }
    return SqlStdOperatorTable.DESCRIPTOR.createCall(column.getParserPosition(), column);
  }
}
