package io.freshet.sql.parser.command;

import io.freshet.sql.parser.ddl.SqlOption;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * One option in EXPLAIN's parentheses: a name and an optional value, such as
 * {@code FORMAT JSON}, {@code COSTS false} or {@code VERBOSE}. The name is folded to lower
 * case; a missing value means {@code true}, as in PostgreSQL.
 */
public final class SqlExplainOption extends SqlCall {
  /** The operator of EXPLAIN options. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("EXPLAIN OPTION", SqlKind.OTHER);

  private final String name;
  private final SqlNode value;

  /**
   * Creates an EXPLAIN option.
   *
   * @param value the value, or null if only the name was given
   */
  public SqlExplainOption(SqlParserPos pos, String name, SqlNode value) {
    super(pos);
    this.name = Objects.requireNonNull(name, "name");
    this.value = value;
  }

  /** The option's name, lower case, such as {@code format}. */
  public String getName() {
    return name;
  }

  /** The value as text, lower case if it is a word; {@code true} if none was given. */
  public String getValueText() {
    return value == null ? "true" : SqlOption.textOf(value);
  }

  /** The value as parsed, or null if none was given. */
  public SqlNode getValue() {
    return value;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(value);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword(name.toUpperCase(java.util.Locale.ROOT));
    if (value != null) {
      value.unparse(writer, 0, 0);
    }
  }
}
