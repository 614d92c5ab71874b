package io.freshet.sql.parser.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCreate;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * Parse tree for {@code CREATE [OR REPLACE] VIEW}: a plain (not materialized) view, a named
 * query that is expanded wherever it is used.
 *
 * <pre>
 * CREATE [OR REPLACE] VIEW [IF NOT EXISTS] name [(column, ...)] AS query
 * </pre>
 */
public final class SqlCreateView extends SqlCreate {
  /** The operator of CREATE VIEW statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("CREATE VIEW", SqlKind.CREATE_VIEW);

  private final SqlIdentifier name;
  private final SqlNodeList columnNames;
  private final SqlNode query;

  /**
   * Creates a CREATE VIEW.
   *
   * @param columnNames the column names given after the view's name, or null
   */
  public SqlCreateView(SqlParserPos pos, boolean replace, boolean ifNotExists,
      SqlIdentifier name, SqlNodeList columnNames, SqlNode query) {
    super(OPERATOR, pos, replace, ifNotExists);
    this.name = Objects.requireNonNull(name, "name");
    this.columnNames = columnNames;
    this.query = Objects.requireNonNull(query, "query");
  }

  /** The view's name, possibly qualified by a schema. */
  public SqlIdentifier getName() {
    return name;
  }

  /** Whether OR REPLACE was given. */
  public boolean isOrReplace() {
    return getReplace();
  }

  /** Whether IF NOT EXISTS was given. */
  public boolean isIfNotExists() {
    return ifNotExists;
  }

  /** The column names given after the view's name; empty if none were given. */
  public List<String> getColumnNames() {
    final List<String> list = new ArrayList<>();
    if (columnNames != null) {
      for (SqlNode column : columnNames) {
        list.add(((SqlIdentifier) column).getSimple());
      }
    }
    return List.copyOf(list);
  }

  /** The view's defining query. */
  public SqlNode getQuery() {
    return query;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name, columnNames, query);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("CREATE");
    if (getReplace()) {
      writer.keyword("OR REPLACE");
    }
    writer.keyword("VIEW");
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
    if (columnNames != null) {
      unparseColumnNames(writer, columnNames);
    }
    writer.keyword("AS");
    query.unparse(writer, 0, 0);
  }

  /** Writes {@code (a, b, ...)}. */
  static void unparseColumnNames(SqlWriter writer, SqlNodeList columnNames) {
    final SqlWriter.Frame frame = writer.startList("(", ")");
    for (SqlNode column : columnNames) {
      writer.sep(",");
      column.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }
}
