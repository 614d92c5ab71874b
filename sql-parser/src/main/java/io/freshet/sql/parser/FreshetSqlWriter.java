package io.freshet.sql.parser;

import org.apache.calcite.sql.SqlWriterConfig;
import org.apache.calcite.sql.pretty.SqlPrettyWriter;

/**
 * Writes parse trees as SQL the way {@link FreshetSqlParser#unparse} needs: as Calcite's
 * pretty writer does, except that dynamic parameters are written as PostgreSQL's
 * {@code $n} (index + 1), so that reading the SQL back gives the same indexes.
 */
final class FreshetSqlWriter extends SqlPrettyWriter {
  FreshetSqlWriter(SqlWriterConfig config) {
    super(config);
  }

  @Override public void dynamicParam(int index) {
    print("$" + (index + 1));
    setNeedWhitespace(true);
  }
}
