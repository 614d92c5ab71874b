package io.freshet.sql.parser.command;

import io.freshet.sql.parser.ddl.SqlOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code SET} of a session variable:
 * {@code SET [SESSION | LOCAL] name {TO | =} {value [, ...] | DEFAULT}} and
 * {@code SET [SESSION | LOCAL] TIME ZONE {value | LOCAL | DEFAULT}}.
 *
 * <p>The name is as written with unquoted parts folded to lower case (dotted names such as
 * {@code freshet.barrier_interval_ms} are kept whole); {@code TIME ZONE} is stored as
 * PostgreSQL's {@code timezone}. Values are kept as text: a string's contents, a number
 * as written, or a word folded to lower case ({@code on}, {@code iso}).
 */
public final class SqlSetVariable extends SqlCommand {
  /** The operator of SET statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("SET", SqlKind.SET_OPTION);

  private final SetScope scope;
  private final String name;
  private final SqlNodeList values;
  private final boolean toDefault;

  /** Creates a SET with values. */
  public SqlSetVariable(SqlParserPos pos, SetScope scope, String name, SqlNodeList values) {
    this(pos, scope, name, values, false);
  }

  private SqlSetVariable(SqlParserPos pos, SetScope scope, String name, SqlNodeList values,
      boolean toDefault) {
    super(pos);
    this.scope = Objects.requireNonNull(scope, "scope");
    this.name = Objects.requireNonNull(name, "name");
    this.values = Objects.requireNonNull(values, "values");
    this.toDefault = toDefault;
  }

  /** Creates {@code SET name TO DEFAULT}. */
  public static SqlSetVariable toDefault(SqlParserPos pos, SetScope scope, String name) {
    return new SqlSetVariable(pos, scope, name, SqlNodeList.EMPTY, true);
  }

  /** SET, SET SESSION or SET LOCAL. */
  public SetScope getScope() {
    return scope;
  }

  /** Whether this is SET LOCAL, which lasts until the end of the transaction. */
  public boolean isLocal() {
    return scope == SetScope.LOCAL;
  }

  /** The variable's name, such as {@code timezone} or {@code search_path}. */
  public String getName() {
    return name;
  }

  /** The values as text, in order; empty for DEFAULT. */
  public List<String> getValues() {
    final List<String> list = new ArrayList<>();
    for (SqlNode value : values) {
      list.add(SqlOption.textOf(value));
    }
    return List.copyOf(list);
  }

  /** The values as text joined by {@code ", "}, as PostgreSQL shows a list; null for DEFAULT. */
  public String getValueText() {
    return toDefault ? null : String.join(", ", getValues());
  }

  /** Whether the variable is set to its default (SET ... TO DEFAULT, SET TIME ZONE LOCAL). */
  public boolean isDefault() {
    return toDefault;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("SET");
    if (scope != SetScope.DEFAULT) {
      writer.keyword(scope.name());
    }
    VariableNames.unparse(writer, name);
    writer.keyword("TO");
    if (toDefault) {
      writer.keyword("DEFAULT");
      return;
    }
    final SqlWriter.Frame frame = writer.startList("", "");
    for (SqlNode value : values) {
      writer.sep(",");
      value.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }
}
