package io.freshet.sql.parser.command;

import org.apache.calcite.sql.SqlWriter;

/** Writes session variable names, which may be dotted, for SET, RESET and SHOW. */
final class VariableNames {
  private VariableNames() {
  }

  /** Writes each dot-separated part, quoted only where the dialect needs it. */
  static void unparse(SqlWriter writer, String name) {
    final SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.IDENTIFIER);
    for (String part : name.split("\\.", -1)) {
      writer.sep(".");
      writer.identifier(part, true);
    }
    writer.endList(frame);
  }
}
