package io.freshet.sql.parser.ddl;

import io.freshet.sql.parser.expr.SerialTypeNameSpec;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * Declaration of one column in CREATE TABLE or CREATE SOURCE:
 * {@code name type [NOT NULL | NULL] [PRIMARY KEY] [DEFAULT expr]}.
 *
 * <p>A column is nullable unless it is declared NOT NULL or PRIMARY KEY; {@link #getType()}
 * carries that nullability. A column declared {@code serial} or {@code bigserial} has an
 * INTEGER or BIGINT type and {@link #isSerial()} true.
 */
public final class SqlColumnDeclaration extends SqlCall {
  /** The operator of column declarations. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("COLUMN_DECL", SqlKind.COLUMN_DECL);

  private final SqlIdentifier name;
  private final SqlDataTypeSpec type;
  private final Boolean declaredNullable;
  private final boolean primaryKey;
  private final SqlNode defaultValue;

  /**
   * Creates a column declaration.
   *
   * @param declaredNullable TRUE for an explicit NULL, FALSE for NOT NULL, null if neither
   * @param defaultValue the DEFAULT expression, or null
   */
  public SqlColumnDeclaration(SqlParserPos pos, SqlIdentifier name, SqlDataTypeSpec type,
      Boolean declaredNullable, boolean primaryKey, SqlNode defaultValue) {
    super(pos);
    this.name = Objects.requireNonNull(name, "name");
    this.declaredNullable = declaredNullable;
    this.primaryKey = primaryKey;
    this.defaultValue = defaultValue;
    this.type = Objects.requireNonNull(type, "type")
        .withNullable(!primaryKey && !Boolean.FALSE.equals(declaredNullable));
  }

  /** The column's name. */
  public String getName() {
    return name.getSimple();
  }

  /** The column's name as an identifier, with its position. */
  public SqlIdentifier getNameIdentifier() {
    return name;
  }

  /** The column's type, with its nullability set. */
  public SqlDataTypeSpec getType() {
    return type;
  }

  /** Whether the column accepts NULL: not declared NOT NULL nor PRIMARY KEY. */
  public boolean isNullable() {
    return Boolean.TRUE.equals(type.getNullable());
  }

  /** Whether the column was declared PRIMARY KEY in its own declaration. */
  public boolean isPrimaryKey() {
    return primaryKey;
  }

  /** The DEFAULT expression, or null if there is none. */
  public SqlNode getDefaultValue() {
    return defaultValue;
  }

  /** Whether the column was declared {@code serial} or {@code bigserial}. */
  public boolean isSerial() {
    return type.getTypeNameSpec() instanceof SerialTypeNameSpec;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name, type, defaultValue);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    name.unparse(writer, 0, 0);
    type.unparse(writer, 0, 0);
    if (Boolean.FALSE.equals(declaredNullable)) {
      writer.keyword("NOT NULL");
    } else if (Boolean.TRUE.equals(declaredNullable)) {
      writer.keyword("NULL");
    }
    if (primaryKey) {
      writer.keyword("PRIMARY KEY");
    }
    if (defaultValue != null) {
      writer.keyword("DEFAULT");
      defaultValue.unparse(writer, 0, 0);
    }
  }
}
