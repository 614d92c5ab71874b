package io.freshet.sql.parser.command;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UtilityCommandParserTest {
  @Test void flush() {
    final SqlFlush flush = parse("FLUSH", SqlFlush.class);
    assertThat(roundTrip(flush)).isEqualTo("FLUSH");
    parse("flush;", SqlFlush.class);
  }

  @Test void discard() {
    final SqlDiscard discard = parse("discard all", SqlDiscard.class);
    assertThat(discard.getTarget()).isEqualTo("ALL");
    assertThat(roundTrip(discard)).isEqualTo("DISCARD ALL");
    assertThat(parse("DISCARD PLANS", SqlDiscard.class).getTarget()).isEqualTo("PLANS");
  }

  @Test void deallocate() {
    final SqlDeallocate one = parse("DEALLOCATE PREPARE stmt_1", SqlDeallocate.class);
    assertThat(one.getName()).isEqualTo("stmt_1");
    assertThat(one.isAll()).isFalse();
    assertThat(roundTrip(one)).isEqualTo("DEALLOCATE stmt_1");
    assertThat(parse("deallocate all", SqlDeallocate.class).isAll()).isTrue();
    assertThat(parse("deallocate prepare", SqlDeallocate.class).getName())
        .isEqualTo("prepare");
  }

  @Test void listenAndUnlisten() {
    final SqlListen listen = parse("LISTEN changes", SqlListen.class);
    assertThat(listen.getChannel()).isEqualTo("changes");
    assertThat(roundTrip(listen)).isEqualTo("LISTEN changes");
    final SqlUnlisten all = parse("UNLISTEN *", SqlUnlisten.class);
    assertThat(all.isAll()).isTrue();
    assertThat(roundTrip(all)).isEqualTo("UNLISTEN *");
    assertThat(parse("unlisten changes", SqlUnlisten.class).getChannel())
        .isEqualTo("changes");
  }
}
