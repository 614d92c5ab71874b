package io.freshet.sql.parser.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Parse tree for {@code CREATE MATERIALIZED VIEW}: a query whose result Freshet stores
 * and keeps up to date incrementally as its inputs change.
 *
 * <pre>
 * CREATE MATERIALIZED VIEW [IF NOT EXISTS] name [(column, ...)]
 *   [WITH (key = value, ...)]
 *   AS query
 *   [EMIT ON WINDOW CLOSE]
 * </pre>
 *
 * <p>With EMIT ON WINDOW CLOSE, a windowed aggregate emits each window's rows once, when
 * the watermark closes the window, instead of updating them as rows arrive.
 */
public final class SqlCreateMaterializedView extends SqlCreate {
  /** The operator of CREATE MATERIALIZED VIEW statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("CREATE MATERIALIZED VIEW", SqlKind.CREATE_MATERIALIZED_VIEW);

  private final SqlIdentifier name;
  private final SqlNodeList columnNames;
  private final SqlNodeList options;
  private final SqlNode query;
  private final boolean emitOnWindowClose;

  /**
   * Creates a CREATE MATERIALIZED VIEW.
   *
   * @param columnNames the column names given after the view's name, or null
   */
  public SqlCreateMaterializedView(SqlParserPos pos, boolean ifNotExists, SqlIdentifier name,
      SqlNodeList columnNames, SqlNodeList options, SqlNode query, boolean emitOnWindowClose) {
    super(OPERATOR, pos, false, ifNotExists);
    this.name = Objects.requireNonNull(name, "name");
    this.columnNames = columnNames;
    this.options = Objects.requireNonNull(options, "options");
    this.query = Objects.requireNonNull(query, "query");
    this.emitOnWindowClose = emitOnWindowClose;
  }

  /** The view's name, possibly qualified by a schema. */
  public SqlIdentifier getName() {
    return name;
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

  /** The options of {@code WITH (...)}, in order; empty if there is no WITH. */
  public List<SqlOption> getOptions() {
    return SqlOption.listOf(options);
  }

  /** The options as key to text, in the order written. */
  public Map<String, String> getOptionMap() {
    return SqlOption.toMap(options);
  }

  /** The view's defining query. */
  public SqlNode getQuery() {
    return query;
  }

  /** Whether EMIT ON WINDOW CLOSE was given. */
  public boolean isEmitOnWindowClose() {
    return emitOnWindowClose;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name, columnNames, options, query);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("CREATE MATERIALIZED VIEW");
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
    if (columnNames != null) {
      SqlCreateView.unparseColumnNames(writer, columnNames);
    }
    if (!options.isEmpty()) {
      writer.keyword("WITH");
      SqlOption.unparseList(writer, options);
    }
    writer.keyword("AS");
    query.unparse(writer, 0, 0);
    if (emitOnWindowClose) {
      writer.keyword("EMIT ON WINDOW CLOSE");
    }
  }
}
