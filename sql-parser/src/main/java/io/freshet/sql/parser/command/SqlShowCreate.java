package io.freshet.sql.parser.command;

import io.freshet.sql.parser.ddl.CatalogObjectType;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code SHOW CREATE {TABLE | MATERIALIZED VIEW | VIEW | SOURCE | SINK} name}:
 * the statement that would create an object as it is now.
 */
public final class SqlShowCreate extends SqlCommand {
  /** The operator of SHOW CREATE statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("SHOW CREATE", SqlKind.OTHER);

  private final CatalogObjectType objectType;
  private final SqlIdentifier name;

  /** Creates a SHOW CREATE. */
  public SqlShowCreate(SqlParserPos pos, CatalogObjectType objectType, SqlIdentifier name) {
    super(pos);
    this.objectType = Objects.requireNonNull(objectType, "objectType");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The kind of the object. */
  public CatalogObjectType getObjectType() {
    return objectType;
  }

  /** The object's name, possibly qualified by a schema. */
  public SqlIdentifier getName() {
    return name;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return List.of(name);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("SHOW CREATE");
    writer.keyword(objectType.keyword());
    name.unparse(writer, 0, 0);
  }
}
