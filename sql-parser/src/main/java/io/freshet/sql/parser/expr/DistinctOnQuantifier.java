package io.freshet.sql.parser.expr;

import java.util.Objects;
import java.util.Optional;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.Litmus;

/**
 * PostgreSQL's {@code DISTINCT ON (k1, k2, ...)} of a SELECT: keep the first row of each
 * group of rows with equal keys.
 *
 * <p>It is stored where Calcite keeps DISTINCT and ALL, in the SELECT's keyword list
 * (operand 0 of {@link SqlSelect}), so the rest of the SELECT stays an ordinary
 * {@link SqlSelect} and unparses as {@code SELECT DISTINCT ON (k1, k2) ...}. Read it with
 * {@link #of(SqlSelect)}. {@link SqlSelect#isDistinct()} stays false: DISTINCT ON is not
 * DISTINCT, and Calcite's validator does not know it, so the planner has to rewrite such
 * a SELECT (typically into ROW_NUMBER() OVER (PARTITION BY keys ORDER BY the SELECT's
 * ORDER BY) = 1) before validating it. The keys are not validated by Calcite either.
 */
public final class DistinctOnQuantifier extends SqlLiteral {
  /** The symbol value of this literal, so that it is a SYMBOL literal like DISTINCT. */
  private enum Symbol { DISTINCT_ON }

  /**
   * Operator of the transient call that carries the keys from the grammar (where the
   * DISTINCT ON token reaches Calcite's SELECT production as the start of the first select
   * item) to the parser's clean-up pass, which moves them into the keyword list.
   */
  private static final SqlOperator MARKER =
      new SqlSpecialOperator("DISTINCT ON", SqlKind.OTHER);

  private final SqlNodeList keys;

  /** Creates a DISTINCT ON with the given key expressions. */
  public DistinctOnQuantifier(SqlNodeList keys, SqlParserPos pos) {
    super(Symbol.DISTINCT_ON, SqlTypeName.SYMBOL, pos);
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** The DISTINCT ON of a SELECT, if it has one. */
  public static Optional<DistinctOnQuantifier> of(SqlSelect select) {
    final SqlNodeList keywords = (SqlNodeList) select.getOperandList().get(0);
    for (SqlNode keyword : keywords) {
      if (keyword instanceof DistinctOnQuantifier) {
        return Optional.of((DistinctOnQuantifier) keyword);
      }
    }
    return Optional.empty();
  }

  /** The key expressions, in the order written. */
  public SqlNodeList getKeys() {
    return keys;
  }

  /**
   * Wraps the first select item of a SELECT DISTINCT ON (grammar use only; the parser
   * replaces the wrapper before returning).
   */
  public static SqlCall marker(SqlParserPos pos, SqlNodeList keys, SqlNode item) {
    return MARKER.createCall(pos, keys, item);
  }

  /** Whether a node is the wrapper made by {@link #marker}. */
  public static boolean isMarker(SqlNode node) {
    return node instanceof SqlCall && ((SqlCall) node).getOperator() == MARKER;
  }

  /** The quantifier that a wrapper made by {@link #marker} carries. */
  public static DistinctOnQuantifier fromMarker(SqlCall marker) {
    final SqlNodeList keys = marker.operand(0);
    return new DistinctOnQuantifier(keys, keys.getParserPosition());
  }

  /** The select item that a wrapper made by {@link #marker} carries. */
  public static SqlNode itemOfMarker(SqlCall marker) {
    return marker.operand(1);
  }

  /** Always null: this literal is none of Calcite's SELECT keywords. */
  @Override public <E extends Enum<E>> E symbolValue(Class<E> enumClass) {
    return enumClass.isInstance(value) ? enumClass.cast(value) : null;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DISTINCT ON");
    final SqlWriter.Frame frame = writer.startList("(", ")");
    for (SqlNode key : keys) {
      writer.sep(",");
      key.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }

  @Override public DistinctOnQuantifier clone(SqlParserPos pos) {
    return new DistinctOnQuantifier(keys, pos);
  }

  @Override public boolean equalsDeep(SqlNode node, Litmus litmus) {
    if (!(node instanceof DistinctOnQuantifier)) {
      return litmus.fail("{} != {}", this, node);
    }
    return keys.equalsDeep(((DistinctOnQuantifier) node).keys, litmus);
  }

  @Override public boolean equals(Object obj) {
    return obj instanceof DistinctOnQuantifier
        && keys.equalsDeep(((DistinctOnQuantifier) obj).keys, Litmus.IGNORE);
  }

  @Override public int hashCode() {
    return keys.toString().hashCode();
  }
}
