package io.freshet.sql.parser.command;

import java.util.Objects;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code DISCARD {ALL | PLANS | SEQUENCES | TEMP | TEMPORARY}}: drop session
 * state, as connection pools do between clients.
 */
public final class SqlDiscard extends SqlCommand {
  /** The operator of DISCARD statements. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("DISCARD", SqlKind.OTHER);

  private final String target;

  /**
   * Creates a DISCARD.
   *
   * @param target what to discard, upper case, such as {@code ALL}
   */
  public SqlDiscard(SqlParserPos pos, String target) {
    super(pos);
    this.target = Objects.requireNonNull(target, "target");
  }

  /** What to discard, upper case: ALL, PLANS, SEQUENCES, TEMP or TEMPORARY as written. */
  public String getTarget() {
    return target;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DISCARD");
    writer.keyword(target);
  }
}
