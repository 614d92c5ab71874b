package io.freshet.sql.parser.ddl;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * {@code FORMAT format ENCODE encoding [( key = value, ... )]} of CREATE TABLE, SOURCE or
 * SINK: how messages are shaped ({@code PLAIN}, {@code UPSERT}, {@code DEBEZIUM}, ...)
 * and encoded ({@code JSON}, {@code AVRO}, {@code CSV}, ...), plus options of the
 * encoding. Both names are upper-cased; the planner checks which combinations exist.
 */
public final class SqlFormatEncode extends SqlCall {
  /** The operator of FORMAT ... ENCODE clauses. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("FORMAT ENCODE", SqlKind.OTHER);

  private final String format;
  private final String encode;
  private final SqlNodeList options;

  /** Creates a FORMAT ... ENCODE clause. */
  public SqlFormatEncode(SqlParserPos pos, String format, String encode, SqlNodeList options) {
    super(pos);
    this.format = Objects.requireNonNull(format, "format");
    this.encode = Objects.requireNonNull(encode, "encode");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The format, upper case, such as {@code PLAIN}. */
  public String getFormat() {
    return format;
  }

  /** The encoding, upper case, such as {@code JSON}. */
  public String getEncode() {
    return encode;
  }

  /** The encoding's options, in the order written. */
  public List<SqlOption> getOptions() {
    return SqlOption.listOf(options);
  }

  /** The encoding's options as key to text, in the order written. */
  public Map<String, String> getOptionMap() {
    return SqlOption.toMap(options);
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(options);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("FORMAT");
    writer.keyword(format);
    writer.keyword("ENCODE");
    writer.keyword(encode);
    if (!options.isEmpty()) {
      SqlOption.unparseList(writer, options);
    }
  }
}
