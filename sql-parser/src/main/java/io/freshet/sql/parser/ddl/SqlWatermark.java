package io.freshet.sql.parser.ddl;

import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * {@code WATERMARK FOR column AS expression} in CREATE TABLE or CREATE SOURCE: the event
 * time column, and how far behind the latest event time the watermark trails, such as
 * {@code WATERMARK FOR ts AS ts - INTERVAL '5' SECOND}. Windows on the column close when
 * the watermark passes their end; rows older than the watermark are dropped as late.
 */
public final class SqlWatermark extends SqlCall {
  /** The operator of watermark declarations. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("WATERMARK", SqlKind.OTHER);

  private final SqlIdentifier column;
  private final SqlNode expression;

  /** Creates a watermark declaration. */
  public SqlWatermark(SqlParserPos pos, SqlIdentifier column, SqlNode expression) {
    super(pos);
    this.column = Objects.requireNonNull(column, "column");
    this.expression = Objects.requireNonNull(expression, "expression");
  }

  /** The name of the event time column. */
  public String getColumnName() {
    return column.getSimple();
  }

  /** The event time column as an identifier, with its position. */
  public SqlIdentifier getColumn() {
    return column;
  }

  /** The expression that computes the watermark from a row. */
  public SqlNode getExpression() {
    return expression;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(column, expression);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("WATERMARK FOR");
    column.unparse(writer, 0, 0);
    writer.keyword("AS");
    expression.unparse(writer, 0, 0);
  }
}
