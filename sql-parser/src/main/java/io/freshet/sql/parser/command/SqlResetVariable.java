package io.freshet.sql.parser.command;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code RESET name} and {@code RESET ALL}: set session variables back to
 * their defaults. {@code RESET TIME ZONE} is stored as {@code timezone} and
 * {@code RESET TRANSACTION ISOLATION LEVEL} as {@code transaction_isolation}.
 */
public final class SqlResetVariable extends SqlCommand {
  /** The operator of RESET statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("RESET", SqlKind.SET_OPTION);

  private final String name;

  /**
   * Creates a RESET.
   *
   * @param name the variable's name, or null for RESET ALL
   */
  public SqlResetVariable(SqlParserPos pos, String name) {
    super(pos);
    this.name = name;
  }

  /** The variable's name, or null for RESET ALL. */
  public String getName() {
    return name;
  }

  /** Whether this is RESET ALL. */
  public boolean isAll() {
    return name == null;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("RESET");
    if (name == null) {
      writer.keyword("ALL");
    } else {
      VariableNames.unparse(writer, name);
    }
  }
}
