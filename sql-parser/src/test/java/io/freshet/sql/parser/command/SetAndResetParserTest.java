package io.freshet.sql.parser.command;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlKind;
import org.junit.jupiter.api.Test;

class SetAndResetParserTest {
  @Test void setWithTo() {
    final SqlSetVariable set =
        parse("SET search_path TO public, \"$user\", \"Mixed\"", SqlSetVariable.class);
    assertThat(set.getKind()).isEqualTo(SqlKind.SET_OPTION);
    assertThat(set.getScope()).isEqualTo(SetScope.DEFAULT);
    assertThat(set.getName()).isEqualTo("search_path");
    assertThat(set.getValues()).containsExactly("public", "$user", "Mixed");
    assertThat(set.getValueText()).isEqualTo("public, $user, Mixed");
    assertThat(set.isDefault()).isFalse();
    assertThat(roundTrip(set)).isEqualTo("SET search_path TO public, \"$user\", \"Mixed\"");
  }

  @Test void setWithEqualsAndScopes() {
    final SqlSetVariable local = parse("set local statement_timeout = 100",
        SqlSetVariable.class);
    assertThat(local.isLocal()).isTrue();
    assertThat(local.getValues()).containsExactly("100");
    assertThat(roundTrip(local)).isEqualTo("SET LOCAL statement_timeout TO 100");

    final SqlSetVariable session = parse("SET SESSION DateStyle = ISO, MDY",
        SqlSetVariable.class);
    assertThat(session.getScope()).isEqualTo(SetScope.SESSION);
    assertThat(session.getName()).isEqualTo("datestyle");
    assertThat(session.getValues()).containsExactly("iso", "mdy");
    roundTrip(session);
  }

  @Test void valuesKeptAsText() {
    assertThat(parse("set application_name = 'PostgreSQL JDBC Driver'", SqlSetVariable.class)
        .getValues()).containsExactly("PostgreSQL JDBC Driver");
    assertThat(parse("SET extra_float_digits = 3", SqlSetVariable.class).getValues())
        .containsExactly("3");
    assertThat(parse("SET x = -1.5", SqlSetVariable.class).getValues())
        .containsExactly("-1.5");
    assertThat(parse("set enable_seqscan = on", SqlSetVariable.class).getValues())
        .containsExactly("on");
    assertThat(parse("set enable_seqscan to off", SqlSetVariable.class).getValues())
        .containsExactly("off");
    assertThat(parse("set jit = true", SqlSetVariable.class).getValues())
        .containsExactly("true");
    roundTrip(parse("set enable_seqscan = on"));
  }

  @Test void dottedName() {
    final SqlSetVariable set =
        parse("SET freshet.barrier_interval_ms = 250", SqlSetVariable.class);
    assertThat(set.getName()).isEqualTo("freshet.barrier_interval_ms");
    assertThat(roundTrip(set)).isEqualTo("SET freshet.barrier_interval_ms TO 250");
  }

  @Test void toDefault() {
    final SqlSetVariable set = parse("SET work_mem TO DEFAULT", SqlSetVariable.class);
    assertThat(set.isDefault()).isTrue();
    assertThat(set.getValues()).isEmpty();
    assertThat(set.getValueText()).isNull();
    assertThat(roundTrip(set)).isEqualTo("SET work_mem TO DEFAULT");
  }

  @Test void timeZone() {
    final SqlSetVariable utc = parse("SET TIME ZONE 'UTC'", SqlSetVariable.class);
    assertThat(utc.getName()).isEqualTo("timezone");
    assertThat(utc.getValues()).containsExactly("UTC");
    assertThat(roundTrip(utc)).isEqualTo("SET timezone TO 'UTC'");

    assertThat(parse("set time zone local", SqlSetVariable.class).isDefault()).isTrue();
    assertThat(parse("SET LOCAL TIME ZONE DEFAULT", SqlSetVariable.class).isLocal()).isTrue();
    assertThat(parse("set time zone 2", SqlSetVariable.class).getValues())
        .containsExactly("2");
  }

  @Test void sessionCharacteristics() {
    final SqlSetTransaction set = parse("SET SESSION CHARACTERISTICS AS TRANSACTION "
        + "ISOLATION LEVEL SERIALIZABLE, READ ONLY", SqlSetTransaction.class);
    assertThat(set.isSessionCharacteristics()).isTrue();
    assertThat(set.getCharacteristics().isolationLevel())
        .isEqualTo(IsolationLevel.SERIALIZABLE);
    assertThat(set.getCharacteristics().readOnly()).isTrue();
    assertThat(set.getCharacteristics().deferrable()).isNull();
    assertThat(roundTrip(set)).isEqualTo("SET SESSION CHARACTERISTICS AS TRANSACTION "
        + "ISOLATION LEVEL SERIALIZABLE, READ ONLY");
  }

  @Test void setTransaction() {
    final SqlSetTransaction set =
        parse("set transaction read write not deferrable", SqlSetTransaction.class);
    assertThat(set.isSessionCharacteristics()).isFalse();
    assertThat(set.getCharacteristics().readOnly()).isFalse();
    assertThat(set.getCharacteristics().deferrable()).isFalse();
    roundTrip(set);
  }

  @Test void reset() {
    final SqlResetVariable all = parse("RESET ALL", SqlResetVariable.class);
    assertThat(all.isAll()).isTrue();
    assertThat(all.getName()).isNull();
    assertThat(roundTrip(all)).isEqualTo("RESET ALL");

    final SqlResetVariable one = parse("reset search_path", SqlResetVariable.class);
    assertThat(one.getName()).isEqualTo("search_path");
    assertThat(roundTrip(one)).isEqualTo("RESET search_path");

    assertThat(parse("RESET TIME ZONE", SqlResetVariable.class).getName())
        .isEqualTo("timezone");
    assertThat(parse("reset transaction isolation level", SqlResetVariable.class).getName())
        .isEqualTo("transaction_isolation");
  }
}
