package io.freshet.sql.parser.expr;

import java.util.List;
import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.parser.SqlParserUtil;
import org.apache.calcite.sql.type.InferTypes;

/**
 * PostgreSQL's infix cast {@code expr::type} while the parser assembles an expression.
 *
 * <p>The grammar puts it into the flat operator list that Calcite turns into a tree by
 * precedence. Its precedence (94, as Calcite's own INFIX_CAST) is above unary minus (80)
 * and all arithmetic, so {@code -1::int} is {@code -(1::int)} and {@code a + b::text}
 * casts only {@code b}, as in PostgreSQL; it is left-associative, so
 * {@code a::text::int} casts twice. When the tree is built it creates a standard
 * {@link SqlStdOperatorTable#CAST} call (operands: the expression, then a
 * {@link org.apache.calcite.sql.SqlDataTypeSpec}, or a
 * {@link org.apache.calcite.sql.SqlIntervalQualifier} for {@code ::interval hour}), so
 * neither the planner nor unparsing ever sees this operator.
 */
public final class DoubleColonCastOperator extends SqlBinaryOperator {
  /** The single instance. */
  public static final DoubleColonCastOperator INSTANCE = new DoubleColonCastOperator();

  private DoubleColonCastOperator() {
    super("::", SqlKind.CAST, 94, true, null, InferTypes.FIRST_KNOWN, null);
  }

  @Override public SqlCall createCall(SqlLiteral functionQualifier, SqlParserPos pos,
      SqlNode... operands) {
    return SqlStdOperatorTable.CAST.createCall(pos, operands);
  }

  /**
   * The operand of a {@code ::interval} that is about to be parsed, if it is a character
   * literal that the cast applies to directly; null otherwise.
   *
   * <p>Nothing binds tighter than {@code ::} except member access and subscripts, so the
   * last item of the operator list is the cast's operand unless it follows a DOT or an
   * ITEM operator.
   *
   * @param list the flat list of operands and operators built so far
   */
  public static SqlNode foldableOperand(List<Object> list) {
    if (list.isEmpty()) {
      return null;
    }
    final Object last = list.get(list.size() - 1);
    if (!(last instanceof SqlCharStringLiteral)) {
      return null;
    }
    if (list.size() >= 2) {
      final Object before = list.get(list.size() - 2);
      if (before instanceof SqlParserUtil.ToTreeListItem) {
        final SqlKind kind = ((SqlParserUtil.ToTreeListItem) before).getOperator().getKind();
        if (kind == SqlKind.DOT || kind == SqlKind.ITEM) {
          return null;
        }
      }
    }
    return (SqlNode) last;
  }
}
