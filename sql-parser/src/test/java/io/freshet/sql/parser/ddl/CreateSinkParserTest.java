package io.freshet.sql.parser.ddl;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseError;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;

class CreateSinkParserTest {
  @Test void sinkFromObject() {
    final SqlCreateSink create = parse("CREATE SINK IF NOT EXISTS sink_out FROM revenue "
        + "WITH (connector = 'kafka', topic = 'revenue', "
        + "properties.bootstrap.server = 'kafka:9092') "
        + "FORMAT UPSERT ENCODE JSON (force_append_only = true)", SqlCreateSink.class);
    assertThat(create.getName().getSimple()).isEqualTo("sink_out");
    assertThat(create.isIfNotExists()).isTrue();
    assertThat(create.getFrom().getSimple()).isEqualTo("revenue");
    assertThat(create.getQuery()).isNull();
    assertThat(create.getOptionMap()).containsEntry("topic", "revenue");
    assertThat(create.getFormatEncode().getFormat()).isEqualTo("UPSERT");
    assertThat(create.getFormatEncode().getOptionMap())
        .containsEntry("force_append_only", "true");
    assertThat(roundTrip(create)).isEqualTo("CREATE SINK IF NOT EXISTS sink_out FROM revenue "
        + "WITH (connector = 'kafka', topic = 'revenue', "
        + "properties.bootstrap.server = 'kafka:9092') "
        + "FORMAT UPSERT ENCODE JSON (force_append_only = true)");
  }

  @Test void sinkAsQuery() {
    final SqlCreateSink create = parse("create sink s as select a, b from t where a > 0 "
        + "with (connector = 'kafka', topic = 'x')", SqlCreateSink.class);
    assertThat(create.getFrom()).isNull();
    assertThat(create.getQuery()).isInstanceOf(SqlSelect.class);
    assertThat(create.getFormatEncode()).isNull();
    assertThat(roundTrip(create)).isEqualTo("CREATE SINK s AS SELECT a, b FROM t "
        + "WHERE a > 0 WITH (connector = 'kafka', topic = 'x')");
  }

  @Test void withIsRequired() {
    assertThat(parseError("create sink s from t").getMessage())
        .isEqualTo("syntax error at end of input");
  }
}
