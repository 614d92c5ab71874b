package io.freshet.sql.parser;

import io.freshet.sql.parser.command.SqlCommand;
import io.freshet.sql.parser.command.SqlExplainStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDdl;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Gives each PostgreSQL positional parameter {@code $n} the index n - 1.
 *
 * <p>The lexer hands {@code $n} to the parser as Calcite's {@code ?}, so that it is
 * accepted wherever {@code ?} is (expressions, LIMIT, OFFSET, FETCH); Calcite numbers
 * those in order of appearance. When the parameters appear in order, each once (as
 * drivers such as pgjdbc write them), those numbers are already right and the tree is
 * returned as it is. Otherwise the tree is copied with the right indexes, so that
 * {@code $2 ... $1 ... $2} gives indexes 1, 0, 1. Mixing {@code ?} with {@code $n} is
 * an error.
 */
final class PositionalParameterBinder {
  private PositionalParameterBinder() {
  }

  /** Returns the tree with each {@code $n} numbered n - 1. */
  static SqlNode bind(SqlNode node, SourcePositions source) {
    final List<SqlDynamicParam> params = new ArrayList<>();
    node.accept(new SqlBasicVisitor<Void>() {
      @Override public Void visit(SqlDynamicParam param) {
        params.add(param);
        return null;
      }
    });
    if (params.isEmpty()) {
      return node;
    }
    final Map<SqlDynamicParam, Integer> indexes = new HashMap<>();
    SqlDynamicParam question = null;
    boolean inOrder = true;
    for (SqlDynamicParam param : params) {
      final String text = source.text(param.getParserPosition());
      if (text.startsWith("$")) {
        final int index = Integer.parseInt(text.substring(1)) - 1;
        if (index < 0) {
          throw GrammarError.at(param.getParserPosition(),
              FreshetParseException.UNDEFINED_PARAMETER, "there is no parameter $0");
        }
        indexes.put(param, index);
        inOrder &= index == param.getIndex();
      } else if (question == null) {
        question = param;
      }
    }
    if (indexes.isEmpty()) {
      return node;
    }
    if (question != null) {
      throw GrammarError.syntaxError(question.getParserPosition(), "?");
    }
    if (inOrder) {
      return node;
    }
    return node.accept(new Renumbering(indexes));
  }

  /** Copies a tree, replacing parameters by ones with their right indexes. */
  private static final class Renumbering extends SqlShuttle {
    private final Map<SqlDynamicParam, Integer> indexes;

    Renumbering(Map<SqlDynamicParam, Integer> indexes) {
      this.indexes = indexes;
    }

    @Override public SqlNode visit(SqlDynamicParam param) {
      final Integer index = indexes.get(param);
      return index == null || index == param.getIndex()
          ? param : new SqlDynamicParam(index, param.getParserPosition());
    }

    @Override public SqlNode visit(SqlCall call) {
      if (call instanceof SqlExplainStatement) {
        final SqlExplainStatement explain = (SqlExplainStatement) call;
        return explain.withStatement(explain.getStatement().accept(this));
      }
      if (call instanceof SqlDdl || call instanceof SqlCommand) {
        final SqlParserPos pos = call.getParserPosition();
        throw GrammarError.unsupported(pos,
            "parameters $n out of order are not supported in this statement");
      }
      return super.visit(call);
    }
  }
}
