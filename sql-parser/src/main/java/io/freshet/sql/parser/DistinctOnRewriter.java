package io.freshet.sql.parser;

import io.freshet.sql.parser.expr.DistinctOnQuantifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Moves the keys of {@code SELECT DISTINCT ON (...)} from the marker call that the grammar
 * wraps around the first select item into a {@link DistinctOnQuantifier} in the SELECT's
 * keyword list, in place. A marker anywhere else means DISTINCT ON was written where it
 * does not belong, which is a syntax error.
 */
final class DistinctOnRewriter extends SqlBasicVisitor<Void> {
  private DistinctOnRewriter() {
  }

  /** Rewrites every SELECT DISTINCT ON in a tree. */
  static void rewrite(SqlNode node) {
    node.accept(new DistinctOnRewriter());
  }

  @Override public Void visit(SqlCall call) {
    if (call instanceof SqlSelect) {
      moveKeys((SqlSelect) call);
    } else if (DistinctOnQuantifier.isMarker(call)) {
      throw GrammarError.syntaxError(call.getParserPosition(), "DISTINCT");
    }
    return super.visit(call);
  }

  private static void moveKeys(SqlSelect select) {
    final SqlNodeList items = select.getSelectList();
    if (items.isEmpty()) {
      return;
    }
    final SqlNode first = items.get(0);
    final SqlCall marker;
    final SqlCall alias;
    if (DistinctOnQuantifier.isMarker(first)) {
      marker = (SqlCall) first;
      alias = null;
    } else if (first.getKind() == SqlKind.AS
        && DistinctOnQuantifier.isMarker(((SqlCall) first).operand(0))) {
      alias = (SqlCall) first;
      marker = alias.operand(0);
    } else {
      return;
    }
    final SqlNode item = DistinctOnQuantifier.itemOfMarker(marker);
    if (alias == null) {
      items.set(0, item);
    } else {
      alias.setOperand(0, item);
    }
    final SqlNodeList keywords = (SqlNodeList) select.getOperandList().get(0);
    final List<SqlNode> newKeywords = new ArrayList<>(keywords.getList());
    newKeywords.add(DistinctOnQuantifier.fromMarker(marker));
    select.setOperand(0, new SqlNodeList(newKeywords, keywords.getParserPosition()));
  }
}
