package io.freshet.sql.parser.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlDrop;
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
 * Parse tree for {@code DROP}: removes one or more catalog objects of one kind.
 *
 * <pre>
 * DROP { TABLE | MATERIALIZED VIEW | VIEW | SOURCE | SINK } [IF EXISTS] name [, ...]
 *   [CASCADE | RESTRICT]
 * </pre>
 *
 * <p>RESTRICT, the default, refuses to drop an object that others depend on; CASCADE
 * drops the dependents too.
 */
public final class SqlDropObjects extends SqlDrop {
  private final CatalogObjectType objectType;
  private final SqlNodeList names;
  private final boolean cascade;

  /** Creates a DROP. */
  public SqlDropObjects(SqlParserPos pos, CatalogObjectType objectType, boolean ifExists,
      SqlNodeList names, boolean cascade) {
    super(operatorFor(objectType), pos, ifExists);
    this.objectType = Objects.requireNonNull(objectType, "objectType");
    this.names = Objects.requireNonNull(names, "names");
    this.cascade = cascade;
  }

  private static SqlOperator operatorFor(CatalogObjectType objectType) {
    final SqlKind kind;
    switch (objectType) {
    case TABLE:
      kind = SqlKind.DROP_TABLE;
      break;
    case MATERIALIZED_VIEW:
      kind = SqlKind.DROP_MATERIALIZED_VIEW;
      break;
    case VIEW:
      kind = SqlKind.DROP_VIEW;
      break;
    default:
      kind = SqlKind.OTHER_DDL;
      break;
    }
    return new SqlSpecialOperator("DROP " + objectType.keyword(), kind);
  }

  /** The kind of the objects to drop. */
  public CatalogObjectType getObjectType() {
    return objectType;
  }

  /** The names of the objects to drop, in order. */
  public List<SqlIdentifier> getNames() {
    final List<SqlIdentifier> list = new ArrayList<>();
    for (SqlNode name : names) {
      list.add((SqlIdentifier) name);
    }
    return List.copyOf(list);
  }

  /** Whether IF EXISTS was given. */
  public boolean isIfExists() {
    return ifExists;
  }

  /** Whether CASCADE was given (RESTRICT is the default). */
  public boolean isCascade() {
    return cascade;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(names);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DROP");
    writer.keyword(objectType.keyword());
    if (ifExists) {
      writer.keyword("IF EXISTS");
    }
    final SqlWriter.Frame frame = writer.startList("", "");
    for (SqlNode name : names) {
      writer.sep(",");
      name.unparse(writer, 0, 0);
    }
    writer.endList(frame);
    if (cascade) {
      writer.keyword("CASCADE");
    }
  }
}
