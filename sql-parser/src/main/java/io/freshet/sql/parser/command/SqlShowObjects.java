package io.freshet.sql.parser.command;

import io.freshet.sql.parser.ddl.CatalogObjectType;
import java.util.Objects;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code SHOW TABLES | MATERIALIZED VIEWS | VIEWS | SOURCES | SINKS}: list
 * the catalog's objects of one kind.
 */
public final class SqlShowObjects extends SqlCommand {
  /** The operator of SHOW (objects) statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("SHOW OBJECTS", SqlKind.OTHER);

  private final CatalogObjectType objectType;

  /** Creates a SHOW of the objects of a kind. */
  public SqlShowObjects(SqlParserPos pos, CatalogObjectType objectType) {
    super(pos);
    this.objectType = Objects.requireNonNull(objectType, "objectType");
  }

  /** The kind of objects to list. */
  public CatalogObjectType getObjectType() {
    return objectType;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("SHOW");
    writer.keyword(objectType.pluralKeyword());
  }
}
