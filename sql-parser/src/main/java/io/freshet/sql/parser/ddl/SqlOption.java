package io.freshet.sql.parser.ddl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * One {@code key = value} of a {@code WITH (...)} clause or of the parentheses after
 * {@code FORMAT ... ENCODE ...}, such as {@code properties.bootstrap.server = 'kafka:9092'}.
 *
 * <p>The key is the dotted name as written, with unquoted parts folded to lower case. The
 * value is a string literal, a numeric literal or a word (an identifier, or a keyword
 * such as {@code true}); {@link #getValueText()} gives it as text.
 */
public final class SqlOption extends SqlCall {
  /** The operator of option nodes. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("OPTION", SqlKind.OTHER);

  private static final Pattern PLAIN_KEY =
      Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

  private final String key;
  private final SqlNode value;

  /** Creates an option. */
  public SqlOption(SqlParserPos pos, String key, SqlNode value) {
    super(pos);
    this.key = Objects.requireNonNull(key, "key");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The key, such as {@code properties.bootstrap.server}. */
  public String getKey() {
    return key;
  }

  /** The value as parsed: a literal or an identifier. */
  public SqlNode getValue() {
    return value;
  }

  /** The value as text: a string's contents, a number as written, or a word. */
  public String getValueText() {
    return textOf(value);
  }

  /**
   * The text of a value: a character literal's contents, a numeric literal as written,
   * TRUE or FALSE as {@code true} or {@code false}, or an identifier's name.
   */
  public static String textOf(SqlNode value) {
    if (value instanceof SqlIdentifier) {
      return String.join(".", ((SqlIdentifier) value).names);
    }
    if (value instanceof SqlLiteral) {
      final SqlLiteral literal = (SqlLiteral) value;
      final String string = literal.toValue();
      return string == null ? "null" : string;
    }
    if (value instanceof SqlCall && value.getKind() == SqlKind.LITERAL_CHAIN) {
      return SqlLiteral.unchain(value).toValue();
    }
    return value.toString();
  }

  /** The options of a list, keyed by {@link #getKey()}, in the order written. */
  public static Map<String, String> toMap(SqlNodeList options) {
    final Map<String, String> map = new LinkedHashMap<>();
    for (SqlNode node : options) {
      final SqlOption option = (SqlOption) node;
      map.put(option.getKey(), option.getValueText());
    }
    return map;
  }

  /** The options of a list as {@link SqlOption}s. */
  static List<SqlOption> listOf(SqlNodeList options) {
    return options.stream().map(SqlOption.class::cast).collect(
        java.util.stream.Collectors.toUnmodifiableList());
  }

  /** Writes {@code (key = value, ...)}. */
  static void unparseList(SqlWriter writer, SqlNodeList options) {
    final SqlWriter.Frame frame = writer.startList("(", ")");
    for (SqlNode option : options) {
      writer.sep(",");
      option.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }

  /** Writes a key: as written if it is a plain dotted name, otherwise as a string. */
  static void unparseKey(SqlWriter writer, String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      writer.print(key);
      writer.print(" ");
    } else {
      SqlLiteral.createCharString(key, SqlParserPos.ZERO).unparse(writer, 0, 0);
    }
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(value);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    unparseKey(writer, key);
    writer.keyword("=");
    value.unparse(writer, 0, 0);
  }
}
