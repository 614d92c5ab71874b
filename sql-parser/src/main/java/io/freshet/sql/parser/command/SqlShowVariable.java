package io.freshet.sql.parser.command;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code SHOW name} and {@code SHOW ALL}: the value of one or all session
 * variables. Names are folded like identifiers and dotted names are kept whole;
 * {@code SHOW TIME ZONE} is stored as {@code timezone} and
 * {@code SHOW TRANSACTION ISOLATION LEVEL} as {@code transaction_isolation}, PostgreSQL's
 * names for them.
 */
public final class SqlShowVariable extends SqlCommand {
  /** The operator of SHOW (variable) statements. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW", SqlKind.OTHER);

  private final String name;

  /**
   * Creates a SHOW of a variable.
   *
   * @param name the variable's name, or null for SHOW ALL
   */
  public SqlShowVariable(SqlParserPos pos, String name) {
    super(pos);
    this.name = name;
  }

  /** The variable's name, or null for SHOW ALL. */
  public String getName() {
    return name;
  }

  /** Whether this is SHOW ALL. */
  public boolean isAll() {
    return name == null;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("SHOW");
    if (name == null) {
      writer.keyword("ALL");
    } else {
      VariableNames.unparse(writer, name);
    }
  }
}
