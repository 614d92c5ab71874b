package io.freshet.sql.parser.ddl;

import java.util.List;
import java.util.Objects;
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
 * Parse tree for {@code CREATE TABLE}: a table that stores its rows, filled by INSERT,
 * UPDATE and DELETE or, when it has connector options, by a connector.
 *
 * <pre>
 * CREATE TABLE [IF NOT EXISTS] name
 *   [( column type [NOT NULL | NULL] [PRIMARY KEY] [DEFAULT expr], ...,
 *      [PRIMARY KEY (c1, c2)], [WATERMARK FOR column AS expr] )]
 *   [INCLUDE kind [AS column]]...
 *   [WITH (key = value, ...)]
 *   [FORMAT format ENCODE encoding [(key = value, ...)]]
 *
 * CREATE TABLE [IF NOT EXISTS] name AS query
 * </pre>
 *
 * <p>For the second form {@link #getQuery()} is the query and the other parts are empty.
 */
public final class SqlCreateTable extends SqlCreateRelation {
  /** The operator of CREATE TABLE statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("CREATE TABLE", SqlKind.CREATE_TABLE);

  private final SqlNode query;

  /** Creates a CREATE TABLE with a definition (and no query). */
  public SqlCreateTable(SqlParserPos pos, boolean ifNotExists, SqlIdentifier name,
      SqlNodeList columns, SqlNodeList primaryKeyConstraint, SqlNodeList watermarks,
      SqlNodeList includes, SqlNodeList options, SqlFormatEncode formatEncode) {
    super(OPERATOR, pos, ifNotExists, name, columns, primaryKeyConstraint, watermarks,
        includes, options, formatEncode);
    this.query = null;
  }

  /** Creates a {@code CREATE TABLE name AS query}. */
  public SqlCreateTable(SqlParserPos pos, boolean ifNotExists, SqlIdentifier name,
      SqlNode query) {
    super(OPERATOR, pos, ifNotExists, name, SqlNodeList.EMPTY, null, SqlNodeList.EMPTY,
        SqlNodeList.EMPTY, SqlNodeList.EMPTY, null);
    this.query = Objects.requireNonNull(query, "query");
  }

  /** The query of {@code CREATE TABLE ... AS query}, or null for a table definition. */
  public SqlNode getQuery() {
    return query;
  }

  /** Whether this is {@code CREATE TABLE ... AS query}. */
  public boolean isCreateTableAs() {
    return query != null;
  }

  @Override public List<SqlNode> getOperandList() {
    if (query == null) {
      return super.getOperandList();
    }
    return ImmutableNullableList.of(getName(), query);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    unparseDefinition(writer, "TABLE");
    if (query != null) {
      writer.keyword("AS");
      query.unparse(writer, 0, 0);
    }
  }
}
