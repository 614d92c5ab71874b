package io.freshet.sql.parser.ddl;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DropParserTest {
  @Test void severalNamesIfExistsCascade() {
    final SqlDropObjects drop =
        parse("DROP TABLE IF EXISTS a, s.b CASCADE", SqlDropObjects.class);
    assertThat(drop.getObjectType()).isEqualTo(CatalogObjectType.TABLE);
    assertThat(drop.getKind()).isEqualTo(SqlKind.DROP_TABLE);
    assertThat(drop.isIfExists()).isTrue();
    assertThat(drop.isCascade()).isTrue();
    assertThat(drop.getNames()).extracting(Object::toString).containsExactly("a", "s.b");
    assertThat(roundTrip(drop)).isEqualTo("DROP TABLE IF EXISTS a, s.b CASCADE");
  }

  @ParameterizedTest
  @CsvSource({
      "drop materialized view mv,   MATERIALIZED_VIEW, DROP MATERIALIZED VIEW mv",
      "drop view v restrict,        VIEW,              DROP VIEW v",
      "DROP SOURCE IF EXISTS src,   SOURCE,            DROP SOURCE IF EXISTS src",
      "drop sink sink_out,          SINK,              DROP SINK sink_out",
      "drop table t,                TABLE,             DROP TABLE t",
  })
  void eachObjectType(String sql, CatalogObjectType type, String unparsed) {
    final SqlDropObjects drop = parse(sql, SqlDropObjects.class);
    assertThat(drop.getObjectType()).isEqualTo(type);
    assertThat(drop.isCascade()).isFalse();
    assertThat(roundTrip(drop)).isEqualTo(unparsed);
  }
}
