package io.freshet.sql.parser;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseError;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Words that PostgreSQL does not reserve stay usable as column and table names. */
class NonReservedKeywordParserTest {
  @ParameterizedTest
  @ValueSource(strings = {"name", "value", "source", "sink", "sinks", "sources", "tables",
      "views", "flush", "key", "text", "year", "month", "day", "hour", "minute", "second",
      "count", "sum", "min", "max", "avg", "rank", "state", "size", "start", "last",
      "position", "show", "commit", "rollback", "reset", "prepare", "deallocate", "close",
      "watermark", "header", "encode", "format", "include", "struct", "materialized",
      "verbose", "discard", "abort", "listen", "if", "int4", "bool", "bytea", "jsonb",
      "timestamptz", "serial", "data", "type", "session", "level", "work", "public",
      "language", "result", "one", "system", "tumble", "hop", "descriptor", "version"})
  void columnAndTableName(String word) {
    final SqlSelect select = parse("select " + word + ", t." + word + " from " + word
        + " as t where " + word + " = 1", SqlSelect.class);
    assertThat(((SqlIdentifier) select.getSelectList().get(0)).getSimple()).isEqualTo(word);
    roundTrip(select);
  }

  @Test void reservedWordsNeedQuotes() {
    for (String word : new String[] {"offset", "timestamp", "emit", "select", "limit"}) {
      assertThat(parseError("select " + word + " from t").sqlState()).as(word)
          .isEqualTo(FreshetParseException.SYNTAX_ERROR);
      roundTrip(parse("select \"" + word + "\" from t"));
    }
  }
}
