package io.freshet.sql.parser.command;

import java.util.Objects;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code BEGIN [WORK | TRANSACTION] [mode ...]} and its synonym
 * {@code START TRANSACTION [mode ...]}: start a transaction block.
 */
public final class SqlBeginTransaction extends SqlCommand {
  /** The operator of BEGIN statements. */
  public static final SqlOperator OPERATOR = new SqlSpecialOperator("BEGIN", SqlKind.OTHER);

  private final TransactionCharacteristics characteristics;

  /** Creates a BEGIN. */
  public SqlBeginTransaction(SqlParserPos pos, TransactionCharacteristics characteristics) {
    super(pos);
    this.characteristics = Objects.requireNonNull(characteristics, "characteristics");
  }

  /** The transaction modes given, {@link TransactionCharacteristics#NONE} if none. */
  public TransactionCharacteristics getCharacteristics() {
    return characteristics;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("BEGIN");
    characteristics.unparse(writer);
  }
}
