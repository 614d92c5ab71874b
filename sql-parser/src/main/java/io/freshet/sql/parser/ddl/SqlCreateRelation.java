package io.freshet.sql.parser.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.calcite.sql.SqlCreate;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * What CREATE TABLE and CREATE SOURCE share: a name, columns, a primary key, watermarks,
 * INCLUDE clauses, connector options ({@code WITH (...)}) and a FORMAT ... ENCODE clause.
 */
public abstract class SqlCreateRelation extends SqlCreate {
  private final SqlIdentifier name;
  private final SqlNodeList columns;
  private final SqlNodeList primaryKeyConstraint;
  private final SqlNodeList watermarks;
  private final SqlNodeList includes;
  private final SqlNodeList options;
  private final SqlFormatEncode formatEncode;

  /**
   * Creates the shared part of a CREATE TABLE or CREATE SOURCE.
   *
   * @param primaryKeyConstraint columns of a table-level PRIMARY KEY (...), or null
   * @param formatEncode the FORMAT ... ENCODE clause, or null
   */
  protected SqlCreateRelation(SqlOperator operator, SqlParserPos pos, boolean ifNotExists,
      SqlIdentifier name, SqlNodeList columns, SqlNodeList primaryKeyConstraint,
      SqlNodeList watermarks, SqlNodeList includes, SqlNodeList options,
      SqlFormatEncode formatEncode) {
    super(operator, pos, false, ifNotExists);
    this.name = Objects.requireNonNull(name, "name");
    this.columns = Objects.requireNonNull(columns, "columns");
    this.primaryKeyConstraint = primaryKeyConstraint;
    this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
    this.includes = Objects.requireNonNull(includes, "includes");
    this.options = Objects.requireNonNull(options, "options");
    this.formatEncode = formatEncode;
  }

  /** The name of the object to create, possibly qualified by a schema. */
  public SqlIdentifier getName() {
    return name;
  }

  /** Whether IF NOT EXISTS was given. */
  public boolean isIfNotExists() {
    return ifNotExists;
  }

  /** The declared columns, in order; empty if there was no column list. */
  public List<SqlColumnDeclaration> getColumns() {
    final List<SqlColumnDeclaration> list = new ArrayList<>();
    for (SqlNode column : columns) {
      list.add((SqlColumnDeclaration) column);
    }
    return List.copyOf(list);
  }

  /**
   * The primary key's column names, whether declared as a table constraint
   * ({@code PRIMARY KEY (a, b)}) or on a column ({@code a INT PRIMARY KEY}); empty if
   * there is none. The parser rejects declaring more than one.
   */
  public List<String> getPrimaryKey() {
    final List<String> key = new ArrayList<>();
    if (primaryKeyConstraint != null) {
      for (SqlNode column : primaryKeyConstraint) {
        key.add(((SqlIdentifier) column).getSimple());
      }
    }
    for (SqlColumnDeclaration column : getColumns()) {
      if (column.isPrimaryKey()) {
        key.add(column.getName());
      }
    }
    return List.copyOf(key);
  }

  /** The WATERMARK FOR clauses, in order. */
  public List<SqlWatermark> getWatermarks() {
    final List<SqlWatermark> list = new ArrayList<>();
    for (SqlNode watermark : watermarks) {
      list.add((SqlWatermark) watermark);
    }
    return List.copyOf(list);
  }

  /** The INCLUDE clauses, in order. */
  public List<SqlIncludeColumn> getIncludes() {
    final List<SqlIncludeColumn> list = new ArrayList<>();
    for (SqlNode include : includes) {
      list.add((SqlIncludeColumn) include);
    }
    return List.copyOf(list);
  }

  /** The connector options of {@code WITH (...)}, in order; empty if there is no WITH. */
  public List<SqlOption> getOptions() {
    return SqlOption.listOf(options);
  }

  /** The connector options as key to text, in the order written. */
  public Map<String, String> getOptionMap() {
    return SqlOption.toMap(options);
  }

  /** The text of one connector option, such as {@code getOption("connector")}. */
  public Optional<String> getOption(String key) {
    return Optional.ofNullable(getOptionMap().get(key));
  }

  /** The FORMAT ... ENCODE clause, or null if there is none. */
  public SqlFormatEncode getFormatEncode() {
    return formatEncode;
  }

  @Override public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name, columns, primaryKeyConstraint, watermarks,
        includes, options, formatEncode);
  }

  /** Writes {@code CREATE <keyword> [IF NOT EXISTS] name} and the shared clauses. */
  protected void unparseDefinition(SqlWriter writer, String keyword) {
    writer.keyword("CREATE");
    writer.keyword(keyword);
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
    if (!columns.isEmpty() || primaryKeyConstraint != null || !watermarks.isEmpty()) {
      final SqlWriter.Frame frame = writer.startList("(", ")");
      for (SqlNode column : columns) {
        writer.sep(",");
        column.unparse(writer, 0, 0);
      }
      if (primaryKeyConstraint != null) {
        writer.sep(",");
        writer.keyword("PRIMARY KEY");
        final SqlWriter.Frame keyFrame = writer.startList("(", ")");
        for (SqlNode column : primaryKeyConstraint) {
          writer.sep(",");
          column.unparse(writer, 0, 0);
        }
        writer.endList(keyFrame);
      }
      for (SqlNode watermark : watermarks) {
        writer.sep(",");
        watermark.unparse(writer, 0, 0);
      }
      writer.endList(frame);
    }
    for (SqlNode include : includes) {
      include.unparse(writer, 0, 0);
    }
    if (!options.isEmpty()) {
      writer.keyword("WITH");
      SqlOption.unparseList(writer, options);
    }
    if (formatEncode != null) {
      formatEncode.unparse(writer, 0, 0);
    }
  }
}
