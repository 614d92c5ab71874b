package io.freshet.sql.parser.expr;

import java.util.List;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlRowTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.Pair;

/**
 * A row type, written {@code ROW(a INT, b VARCHAR)} or {@code STRUCT<a INT, b VARCHAR>},
 * whose fields are nullable unless declared NOT NULL, as in PostgreSQL and RisingWave.
 *
 * <p>It derives the same type as Calcite's {@link SqlRowTypeNameSpec}; only unparsing
 * differs: Calcite's assumes fields are NOT NULL unless marked NULL, this one writes
 * NOT NULL where a field has it, so the SQL reads back to the same type.
 */
public final class PostgresRowTypeNameSpec extends SqlRowTypeNameSpec {
  /** Creates a row type from field names and types (with their nullability set). */
  public PostgresRowTypeNameSpec(SqlParserPos pos, List<SqlIdentifier> fieldNames,
      List<SqlDataTypeSpec> fieldTypes) {
    super(pos, fieldNames, fieldTypes);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.print("ROW");
    final SqlWriter.Frame frame =
        writer.startList(SqlWriter.FrameTypeEnum.FUN_CALL, "(", ")");
    for (Pair<SqlIdentifier, SqlDataTypeSpec> field
        : Pair.zip(getFieldNames(), getFieldTypes())) {
      writer.sep(",", false);
      field.left.unparse(writer, 0, 0);
      field.right.unparse(writer, leftPrec, rightPrec);
      if (Boolean.FALSE.equals(field.right.getNullable())) {
        writer.keyword("NOT NULL");
      }
    }
    writer.endList(frame);
  }
}
