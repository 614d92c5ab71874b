package io.freshet.sql.parser.command;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Parse tree for {@code DEALLOCATE [PREPARE] {name | ALL}}: forget prepared statements. */
public final class SqlDeallocate extends SqlCommand {
  /** The operator of DEALLOCATE statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("DEALLOCATE", SqlKind.OTHER);

  private final String name;

  /**
   * Creates a DEALLOCATE.
   *
   * @param name the prepared statement's name, or null for ALL
   */
  public SqlDeallocate(SqlParserPos pos, String name) {
    super(pos);
    this.name = name;
  }

  /** The prepared statement's name, or null for ALL. */
  public String getName() {
    return name;
  }

  /** Whether this is DEALLOCATE ALL. */
  public boolean isAll() {
    return name == null;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DEALLOCATE");
    if (name == null) {
      writer.keyword("ALL");
    } else {
      writer.identifier(name, true);
    }
  }
}
