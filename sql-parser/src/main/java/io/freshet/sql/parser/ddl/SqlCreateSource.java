package io.freshet.sql.parser.ddl;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code CREATE SOURCE}: a stream read from a connector (a Kafka topic, a
 * generator) that is not stored; materialized views and sinks read it.
 *
 * <pre>
 * CREATE SOURCE [IF NOT EXISTS] name
 *   [( column type ..., [PRIMARY KEY (c1, ...)], [WATERMARK FOR column AS expr] )]
 *   [INCLUDE kind [AS column]]...
 *   WITH (connector = 'kafka', topic = '...', properties.bootstrap.server = '...', ...)
 *   [FORMAT format ENCODE encoding [(key = value, ...)]]
 * </pre>
 *
 * <p>Column types may be structured ({@code STRUCT<a INT, b VARCHAR>}, {@code ROW(a INT)})
 * or arrays ({@code INT[]}).
 */
public final class SqlCreateSource extends SqlCreateRelation {
  /** The operator of CREATE SOURCE statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("CREATE SOURCE", SqlKind.OTHER_DDL);

  /** Creates a CREATE SOURCE. */
  public SqlCreateSource(SqlParserPos pos, boolean ifNotExists, SqlIdentifier name,
      SqlNodeList columns, SqlNodeList primaryKeyConstraint, SqlNodeList watermarks,
      SqlNodeList includes, SqlNodeList options, SqlFormatEncode formatEncode) {
    super(OPERATOR, pos, ifNotExists, name, columns, primaryKeyConstraint, watermarks,
        includes, options, formatEncode);
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    unparseDefinition(writer, "SOURCE");
  }
}
