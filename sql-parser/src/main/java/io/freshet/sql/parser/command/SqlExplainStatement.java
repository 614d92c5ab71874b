package io.freshet.sql.parser.command;

import io.freshet.sql.parser.ddl.SqlCreateMaterializedView;
import io.freshet.sql.parser.ddl.SqlCreateSink;
import io.freshet.sql.parser.ddl.SqlCreateTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for PostgreSQL's {@code EXPLAIN [( option [value], ... )] [VERBOSE] statement}:
 * show the plan of a query, an INSERT, UPDATE or DELETE, or the stream plan that
 * CREATE MATERIALIZED VIEW, CREATE SINK or CREATE TABLE ... AS would build, without
 * running it. (Calcite's own {@code EXPLAIN PLAN FOR ...} still parses, to Calcite's
 * {@link org.apache.calcite.sql.SqlExplain}.)
 */
public final class SqlExplainStatement extends SqlCommand {
  /** The operator of EXPLAIN statements. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("EXPLAIN", SqlKind.EXPLAIN);

  private final SqlNodeList options;
  private final boolean verboseKeyword;
  private final SqlNode statement;

  /**
   * Creates an EXPLAIN.
   *
   * @param options the options in parentheses ({@link SqlExplainOption}s), possibly empty
   * @param verboseKeyword whether VERBOSE was written after the options
   */
  public SqlExplainStatement(SqlParserPos pos, SqlNodeList options, boolean verboseKeyword,
      SqlNode statement) {
    super(pos);
    this.options = Objects.requireNonNull(options, "options");
    this.verboseKeyword = verboseKeyword;
    this.statement = Objects.requireNonNull(statement, "statement");
  }

  /** Whether EXPLAIN accepts a statement: a query, DML, or a CREATE that builds a plan. */
  public static boolean isExplainable(SqlNode statement) {
    return statement instanceof SqlCreateMaterializedView
        || statement instanceof SqlCreateSink
        || (statement instanceof SqlCreateTable
            && ((SqlCreateTable) statement).isCreateTableAs())
        || statement.isA(SqlKind.QUERY)
        || statement.isA(SqlKind.DML);
  }

  /** The statement to explain. */
  public SqlNode getStatement() {
    return statement;
  }

  /** The same EXPLAIN of another statement (used when the parser rewrites its statement). */
  public SqlExplainStatement withStatement(SqlNode newStatement) {
    return new SqlExplainStatement(getParserPosition(), options, verboseKeyword, newStatement);
  }

  /** The options in parentheses, in order. */
  public List<SqlExplainOption> getOptions() {
    final List<SqlExplainOption> list = new ArrayList<>();
    for (SqlNode option : options) {
      list.add((SqlExplainOption) option);
    }
    return List.copyOf(list);
  }

  /** The text of an option given in parentheses, by lower-case name. */
  public Optional<String> getOption(String name) {
    for (SqlExplainOption option : getOptions()) {
      if (option.getName().equals(name)) {
        return Optional.of(option.getValueText());
      }
    }
    return Optional.empty();
  }

  /** Whether VERBOSE was asked for, as a keyword or as an option that is not false. */
  public boolean isVerbose() {
    if (verboseKeyword) {
      return true;
    }
    final String value = getOption("verbose").orElse("false");
    return value.equals("true") || value.equals("on") || value.equals("1");
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public List<SqlNode> getOperandList() {
    return List.of(options, statement);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("EXPLAIN");
    if (!options.isEmpty()) {
      final SqlWriter.Frame frame = writer.startList("(", ")");
      for (SqlNode option : options) {
        writer.sep(",");
        option.unparse(writer, 0, 0);
      }
      writer.endList(frame);
    }
    if (verboseKeyword) {
      writer.keyword("VERBOSE");
    }
    statement.unparse(writer, 0, 0);
  }
}
