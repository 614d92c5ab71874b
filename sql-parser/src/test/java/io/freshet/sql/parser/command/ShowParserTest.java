package io.freshet.sql.parser.command;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.sql.parser.ddl.CatalogObjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShowParserTest {
  @ParameterizedTest
  @CsvSource({
      "SHOW TABLES,              TABLE,             SHOW TABLES",
      "show materialized views,  MATERIALIZED_VIEW, SHOW MATERIALIZED VIEWS",
      "show views,               VIEW,              SHOW VIEWS",
      "Show Sources,             SOURCE,            SHOW SOURCES",
      "show sinks,               SINK,              SHOW SINKS",
  })
  void showObjects(String sql, CatalogObjectType type, String unparsed) {
    final SqlShowObjects show = parse(sql, SqlShowObjects.class);
    assertThat(show.getObjectType()).isEqualTo(type);
    assertThat(roundTrip(show)).isEqualTo(unparsed);
  }

  @ParameterizedTest
  @CsvSource({
      "show search_path,                  search_path",
      "SHOW server_version,               server_version",
      "SHOW TIME ZONE,                    timezone",
      "show transaction isolation level,  transaction_isolation",
      "show freshet.barrier_interval_ms,  freshet.barrier_interval_ms",
      "show \"DateStyle\",                DateStyle",
  })
  void showVariable(String sql, String name) {
    final SqlShowVariable show = parse(sql, SqlShowVariable.class);
    assertThat(show.isAll()).isFalse();
    assertThat(show.getName()).isEqualTo(name);
    roundTrip(show);
  }

  @Test void showAll() {
    final SqlShowVariable show = parse("SHOW ALL", SqlShowVariable.class);
    assertThat(show.isAll()).isTrue();
    assertThat(roundTrip(show)).isEqualTo("SHOW ALL");
  }

  @ParameterizedTest
  @CsvSource({
      "SHOW CREATE TABLE t,                 TABLE,             t",
      "show create materialized view s.mv,  MATERIALIZED_VIEW, s.mv",
      "show create view v,                  VIEW,              v",
      "show create source src,              SOURCE,            src",
      "show create sink sink_out,           SINK,              sink_out",
  })
  void showCreate(String sql, CatalogObjectType type, String name) {
    final SqlShowCreate show = parse(sql, SqlShowCreate.class);
    assertThat(show.getObjectType()).isEqualTo(type);
    assertThat(show.getName().toString()).isEqualTo(name);
    roundTrip(show);
  }
}
