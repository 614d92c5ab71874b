package io.freshet.sql.parser.command;

import java.util.Objects;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Parse tree for {@code LISTEN channel}: receive notifications sent on a channel. */
public final class SqlListen extends SqlCommand {
  /** The operator of LISTEN statements. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("LISTEN", SqlKind.OTHER);

  private final String channel;

  /** Creates a LISTEN. */
  public SqlListen(SqlParserPos pos, String channel) {
    super(pos);
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  /** The channel's name. */
  public String getChannel() {
    return channel;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("LISTEN");
    writer.identifier(channel, true);
  }
}
