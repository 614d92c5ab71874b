package io.freshet.sql.parser.expr;

import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.Litmus;

/**
 * Type of a column declared {@code serial} (INTEGER) or {@code bigserial} (BIGINT).
 *
 * <p>It derives the same type as INTEGER or BIGINT, and remembers that the column was
 * declared serial, so that the planner can give it a generated default; it unparses as
 * SERIAL or BIGSERIAL.
 */
public final class SerialTypeNameSpec extends SqlBasicTypeNameSpec {
  private final boolean big;

  /**
   * Creates a serial type.
   *
   * @param big true for {@code bigserial} (BIGINT), false for {@code serial} (INTEGER)
   */
  public SerialTypeNameSpec(boolean big, SqlParserPos pos) {
    super(big ? SqlTypeName.BIGINT : SqlTypeName.INTEGER, pos);
    this.big = big;
  }

  /** Whether the column was declared {@code bigserial} rather than {@code serial}. */
  public boolean isBig() {
    return big;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword(big ? "BIGSERIAL" : "SERIAL");
  }

  @Override public boolean equalsDeep(SqlTypeNameSpec node, Litmus litmus) {
    if (!(node instanceof SerialTypeNameSpec) || ((SerialTypeNameSpec) node).big != big) {
      return litmus.fail("{} != {}", this, node);
    }
    return super.equalsDeep(node, litmus);
  }
}
