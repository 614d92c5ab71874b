package io.freshet.sql.parser.expr;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseError;
import static io.freshet.sql.parser.ParserAssertions.parseExpression;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.sql.parser.FreshetParseException;
import io.freshet.sql.parser.FreshetSqlParser;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalLiteralParserTest {
  private static SqlIntervalLiteral interval(String expression) {
    return (SqlIntervalLiteral) parseExpression(expression);
  }

  private static SqlIntervalQualifier qualifier(String expression) {
    return interval(expression).getValueAs(SqlIntervalLiteral.IntervalValue.class)
        .getIntervalQualifier();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "INTERVAL '1 hour'              | INTERVAL '1' HOUR",
      "INTERVAL '10 seconds'          | INTERVAL '10' SECOND",
      "interval '2 days 3 hours'      | INTERVAL '2 3' DAY TO HOUR",
      "interval '1 day'               | INTERVAL '1' DAY",
      "interval '90 minutes'          | INTERVAL '90' MINUTE",
      "interval '100 minutes'         | INTERVAL '100' MINUTE(3)",
      "interval '1 hour 30 minutes'   | INTERVAL '1:30' HOUR TO MINUTE",
      "interval '1 day 01:02:03'      | INTERVAL '1 1:02:03' DAY TO SECOND",
      "interval '01:02:03'            | INTERVAL '1:02:03' HOUR TO SECOND",
      "interval '01:30'               | INTERVAL '1:30' HOUR TO MINUTE",
      "interval '1.5 seconds'         | INTERVAL '1.5' SECOND",
      "interval '500 milliseconds'    | INTERVAL '0.5' SECOND",
      "interval '250 ms'              | INTERVAL '0.25' SECOND",
      "interval '10 microseconds'     | INTERVAL '0.00001' SECOND",
      "interval '1 week'              | INTERVAL '7' DAY",
      "interval '1.5 days'            | INTERVAL '1 12' DAY TO HOUR",
      "interval '10s'                 | INTERVAL '10' SECOND",
      "interval '5 min'               | INTERVAL '5' MINUTE",
      "interval '2 h'                 | INTERVAL '2' HOUR",
      "interval '30'                  | INTERVAL '30' SECOND",
      "interval '-1 hour'             | INTERVAL -'1' HOUR",
      "interval '1 day ago'           | INTERVAL -'1' DAY",
      "interval '1 day -1 hour'       | INTERVAL '0 23' DAY TO HOUR",
      "interval '1 year'              | INTERVAL '1' YEAR",
      "interval '2 years'             | INTERVAL '2' YEAR",
      "interval '3 months'            | INTERVAL '3' MONTH",
      "interval '1 year 2 months'     | INTERVAL '1-2' YEAR TO MONTH",
      "interval '1 mon'               | INTERVAL '1' MONTH",
      "interval '1 decade'            | INTERVAL '10' YEAR",
      "INTERVAL '1' SECOND            | INTERVAL '1' SECOND",
      "INTERVAL '5' MINUTE            | INTERVAL '5' MINUTE",
      "INTERVAL '2:30' HOUR TO MINUTE | INTERVAL '2:30' HOUR TO MINUTE",
      "INTERVAL '-3' DAY              | INTERVAL '-3' DAY",
      "INTERVAL -'3' DAY              | INTERVAL -'3' DAY",
  })
  void literals(String expression, String unparsed) {
    assertThat(FreshetSqlParser.unparse(interval(expression))).isEqualTo(unparsed);
  }

  @Test void qualifierStartsAtTheLargestUnitWritten() {
    assertThat(qualifier("INTERVAL '1 hour'").getStartUnit())
        .isEqualTo(TimeUnit.HOUR);
    assertThat(qualifier("INTERVAL '1 day'").getStartUnit())
        .isEqualTo(TimeUnit.DAY);
    assertThat(qualifier("INTERVAL '1 day'").isSingleDatetimeField())
        .isTrue();
    assertThat(qualifier("INTERVAL '1 year 2 months'").isYearMonth())
        .isTrue();
  }

  @Test void mixingMonthsAndDaysIsRejected() {
    final FreshetParseException e = parseError("SELECT INTERVAL '1 month 2 days'");
    assertThat(e.sqlState()).isEqualTo(FreshetParseException.FEATURE_NOT_SUPPORTED);
    assertThat(e.getMessage()).contains("mixed month and day intervals are not supported");
    assertThat(e.position()).isEqualTo(8);
    assertThat(parseError("select '1 year 1 second'::interval").getMessage())
        .contains("mixed month and day intervals are not supported");
    assertThat(parseError("select interval '1.5 months'").getMessage())
        .contains("mixed month and day intervals are not supported");
  }

  @Test void malformedTextIsRejected() {
    for (String text : new String[] {"abc", "", "1 fortnight", "day 1"}) {
      final FreshetParseException e = parseError("SELECT INTERVAL '" + text + "'");
      assertThat(e.sqlState()).as(text).isEqualTo(FreshetParseException.INVALID_DATETIME_FORMAT);
      assertThat(e.getMessage()).as(text)
          .isEqualTo("invalid input syntax for type interval: \"" + text + "\"");
    }
  }

  @Test void roundTripInWatermark() {
    roundTrip(parse("create source s (ts timestamp, watermark for ts as "
        + "ts - interval '2 minutes 30 seconds') with (connector = 'kafka')"));
    roundTrip(parse("select interval '1 day ago', interval '100 minutes', "
        + "interval '1.5 seconds', interval '1 year 2 months'"));
  }
}
