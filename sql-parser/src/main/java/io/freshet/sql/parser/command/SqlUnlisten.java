package io.freshet.sql.parser.command;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Parse tree for {@code UNLISTEN channel} and {@code UNLISTEN *}: stop receiving notifications. */
public final class SqlUnlisten extends SqlCommand {
  /** The operator of UNLISTEN statements. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("UNLISTEN", SqlKind.OTHER);

  private final String channel;

  /**
   * Creates an UNLISTEN.
   *
   * @param channel the channel's name, or null for {@code *} (all channels)
   */
  public SqlUnlisten(SqlParserPos pos, String channel) {
    super(pos);
    this.channel = channel;
  }

  /** The channel's name, or null for all channels. */
  public String getChannel() {
    return channel;
  }

  /** Whether this is {@code UNLISTEN *}. */
  public boolean isAll() {
    return channel == null;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("UNLISTEN");
    if (channel == null) {
      writer.print("*");
    } else {
      writer.identifier(channel, true);
    }
  }
}
