package io.freshet.sql.parser.ddl;

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
 * Parse tree for {@code CREATE SINK}: pushes the changes of a table, view or query to a
 * connector (a Kafka topic), inside one transaction per epoch.
 *
 * <pre>
 * CREATE SINK [IF NOT EXISTS] name
 *   { FROM object | AS query }
 *   WITH (connector = 'kafka', topic = '...', ...)
 *   [FORMAT format ENCODE encoding [(key = value, ...)]]
 * </pre>
 *
 * <p>Exactly one of {@link #getFrom()} and {@link #getQuery()} is set.
 */
public final class SqlCreateSink extends SqlCreate {
  /** The operator of CREATE SINK statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("CREATE SINK", SqlKind.OTHER_DDL);

  private final SqlIdentifier name;
  private final SqlIdentifier from;
  private final SqlNode query;
  private final SqlNodeList options;
  private final SqlFormatEncode formatEncode;

  /**
   * Creates a CREATE SINK.
   *
   * @param from the object after FROM, or null if there is a query
   * @param query the query after AS, or null if there is a FROM
   * @param formatEncode the FORMAT ... ENCODE clause, or null
   */
  public SqlCreateSink(SqlParserPos pos, boolean ifNotExists, SqlIdentifier name,
      SqlIdentifier from, SqlNode query, SqlNodeList options, SqlFormatEncode formatEncode) {
    super(OPERATOR, pos, false, ifNotExists);
    if ((from == null) == (query == null)) {
      throw new IllegalArgumentException("a sink has either FROM or AS query");
    }
    this.name = Objects.requireNonNull(name, "name");
    this.from = from;
    this.query = query;
    this.options = Objects.requireNonNull(options, "options");
    this.formatEncode = formatEncode;
  }

  /** The sink's name, possibly qualified by a schema. */
  public SqlIdentifier getName() {
    return name;
  }

  /** Whether IF NOT EXISTS was given. */
  public boolean isIfNotExists() {
    return ifNotExists;
  }

  /** The table, materialized view or source after FROM, or null if there is a query. */
  public SqlIdentifier getFrom() {
    return from;
  }

  /** The query after AS, or null if there is a FROM. */
  public SqlNode getQuery() {
    return query;
  }

  /** The connector options of {@code WITH (...)}, in order. */
  public List<SqlOption> getOptions() {
    return SqlOption.listOf(options);
  }

  /** The connector options as key to text, in the order written. */
  public Map<String, String> getOptionMap() {
    return SqlOption.toMap(options);
  }

  /** The FORMAT ... ENCODE clause, or null if there is none. */
  public SqlFormatEncode getFormatEncode() {
    return formatEncode;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name, from, query, options, formatEncode);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("CREATE SINK");
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
    if (from != null) {
      writer.keyword("FROM");
      from.unparse(writer, 0, 0);
    } else {
      writer.keyword("AS");
      query.unparse(writer, 0, 0);
    }
    writer.keyword("WITH");
    SqlOption.unparseList(writer, options);
    if (formatEncode != null) {
      formatEncode.unparse(writer, 0, 0);
    }
  }
}
