package io.freshet.sql.parser.command;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionParserTest {
  @ParameterizedTest
  @ValueSource(strings = {"BEGIN", "begin work", "begin transaction", "START TRANSACTION"})
  void beginWithoutModes(String sql) {
    final SqlBeginTransaction begin = parse(sql, SqlBeginTransaction.class);
    assertThat(begin.getCharacteristics()).isEqualTo(TransactionCharacteristics.NONE);
    assertThat(roundTrip(begin)).isEqualTo("BEGIN");
  }

  @Test void beginWithModes() {
    final SqlBeginTransaction begin = parse("BEGIN TRANSACTION ISOLATION LEVEL "
        + "REPEATABLE READ READ ONLY DEFERRABLE", SqlBeginTransaction.class);
    final TransactionCharacteristics modes = begin.getCharacteristics();
    assertThat(modes.isolationLevel()).isEqualTo(IsolationLevel.REPEATABLE_READ);
    assertThat(modes.readOnly()).isTrue();
    assertThat(modes.deferrable()).isTrue();
    assertThat(roundTrip(begin)).isEqualTo("BEGIN ISOLATION LEVEL REPEATABLE READ, "
        + "READ ONLY, DEFERRABLE");
  }

  @Test void startTransactionWithCommaSeparatedModes() {
    final SqlBeginTransaction begin = parse("start transaction isolation level "
        + "read committed, read write", SqlBeginTransaction.class);
    assertThat(begin.getCharacteristics().isolationLevel())
        .isEqualTo(IsolationLevel.READ_COMMITTED);
    assertThat(begin.getCharacteristics().readOnly()).isFalse();
    assertThat(parse("begin isolation level read uncommitted", SqlBeginTransaction.class)
        .getCharacteristics().isolationLevel()).isEqualTo(IsolationLevel.READ_UNCOMMITTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMMIT", "commit work", "commit transaction", "END",
      "end transaction"})
  void commit(String sql) {
    assertThat(roundTrip(parse(sql, SqlCommitTransaction.class))).isEqualTo("COMMIT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ROLLBACK", "rollback work", "rollback transaction", "ABORT",
      "abort work"})
  void rollback(String sql) {
    assertThat(roundTrip(parse(sql, SqlRollbackTransaction.class))).isEqualTo("ROLLBACK");
  }
}
