package io.freshet.sql.parser.command;

import java.util.Objects;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parse tree for {@code SET [SESSION | LOCAL] TRANSACTION mode ...} (modes of the current
 * transaction) and {@code SET SESSION CHARACTERISTICS AS TRANSACTION mode ...} (defaults
 * for the session's later transactions).
 */
public final class SqlSetTransaction extends SqlCommand {
  /** The operator of SET TRANSACTION statements. */
  public static final SqlOperator OPERATOR =
      new SqlSpecialOperator("SET TRANSACTION", SqlKind.SET_OPTION);

  private final boolean sessionCharacteristics;
  private final SetScope scope;
  private final TransactionCharacteristics characteristics;

  /**
   * Creates a SET TRANSACTION.
   *
   * @param sessionCharacteristics true for SET SESSION CHARACTERISTICS AS TRANSACTION
   */
  public SqlSetTransaction(SqlParserPos pos, boolean sessionCharacteristics, SetScope scope,
      TransactionCharacteristics characteristics) {
    super(pos);
    this.sessionCharacteristics = sessionCharacteristics;
    this.scope = Objects.requireNonNull(scope, "scope");
    this.characteristics = Objects.requireNonNull(characteristics, "characteristics");
  }

  /** Whether this sets the session's defaults (SET SESSION CHARACTERISTICS AS TRANSACTION). */
  public boolean isSessionCharacteristics() {
    return sessionCharacteristics;
  }

  /** SET, SET SESSION or SET LOCAL (SESSION for SET SESSION CHARACTERISTICS). */
  public SetScope getScope() {
    return scope;
  }

  /** The transaction modes given. */
  public TransactionCharacteristics getCharacteristics() {
    return characteristics;
  }

  @Override public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("SET");
    if (sessionCharacteristics) {
      writer.keyword("SESSION CHARACTERISTICS AS");
    } else if (scope != SetScope.DEFAULT) {
      writer.keyword(scope.name());
    }
    writer.keyword("TRANSACTION");
    characteristics.unparse(writer);
  }
}
