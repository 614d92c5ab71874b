package io.freshet.sql.parser.ddl;

import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * {@code INCLUDE kind ['header name' [type]] [AS column]} of CREATE TABLE or CREATE
 * SOURCE: a column filled from a message's metadata rather than its payload.
 *
 * <p>The kind is upper-cased as written ({@code KEY}, {@code PARTITION}, {@code OFFSET},
 * {@code TIMESTAMP}, {@code HEADER}, ...); the planner checks that the connector offers
 * it. A HEADER may name one header and give its type.
 */
public final class SqlIncludeColumn extends SqlCall {
  /** The operator of INCLUDE clauses. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("INCLUDE", SqlKind.OTHER);

  private final String kind;
  private final String headerName;
  private final SqlDataTypeSpec headerType;
  private final SqlIdentifier alias;

  /**
   * Creates an INCLUDE clause.
   *
   * @param kind the kind of metadata, upper case
   * @param headerName the header named after the kind, or null
   * @param headerType the type given after the header name, or null
   * @param alias the column name after AS, or null
   */
  public SqlIncludeColumn(SqlParserPos pos, String kind, String headerName,
      SqlDataTypeSpec headerType, SqlIdentifier alias) {
    super(pos);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.headerName = headerName;
    this.headerType = headerType;
    this.alias = alias;
  }

  /** The kind of metadata, upper case, such as {@code KEY} or {@code HEADER}. */
  public String getMetadataKind() {
    return kind;
  }

  /** The header named after HEADER, or null. */
  public String getHeaderName() {
    return headerName;
  }

  /** The type given after the header name, or null. */
  public SqlDataTypeSpec getHeaderType() {
    return headerType;
  }

  /** The column name given after AS, or null (the planner then picks one). */
  public String getAlias() {
    return alias == null ? null : alias.getSimple();
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(headerType, alias);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("INCLUDE");
    writer.keyword(kind);
    if (headerName != null) {
      SqlLiteral.createCharString(headerName, SqlParserPos.ZERO).unparse(writer, 0, 0);
      if (headerType != null) {
        headerType.unparse(writer, 0, 0);
      }
    }
    if (alias != null) {
      writer.keyword("AS");
      alias.unparse(writer, 0, 0);
    }
  }
}
