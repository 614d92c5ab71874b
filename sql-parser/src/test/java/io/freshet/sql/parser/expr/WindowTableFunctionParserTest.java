package io.freshet.sql.parser.expr;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.sql.parser.FreshetSqlParser;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;

class WindowTableFunctionParserTest {
  private static SqlCall from(String sql) {
    return (SqlCall) parse(sql, SqlSelect.class).getFrom();
  }

  @Test void tumble() {
    final SqlCall table = from("SELECT * FROM TUMBLE(bids, ts, INTERVAL '1' MINUTE)");
    assertThat(table.getKind()).isEqualTo(SqlKind.COLLECTION_TABLE);
    final SqlCall tumble = table.operand(0);
    assertThat(tumble.getOperator().getName()).isEqualToIgnoringCase("TUMBLE");
    assertThat(tumble.operand(0).getKind()).isEqualTo(SqlKind.EXPLICIT_TABLE);
    assertThat(tumble.operand(1).getKind()).isEqualTo(SqlKind.DESCRIPTOR);
    assertThat(FreshetSqlParser.unparse(table)).isEqualTo(
        "TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE))");
  }

  @Test void sameTreeAsCalcitesSpelling() {
    final String risingWave = "SELECT window_start, COUNT(*) FROM "
        + "TUMBLE(bids, ts, INTERVAL '1' MINUTE) GROUP BY window_start";
    final String calcite = "SELECT window_start, COUNT(*) FROM "
        + "TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start";
    assertThat(parse(risingWave).equalsDeep(parse(calcite), org.apache.calcite.util.Litmus.THROW))
        .isTrue();
    assertThat(roundTrip(parse(risingWave))).isEqualTo(roundTrip(parse(calcite)));
  }

  @Test void hopKeepsSlideBeforeSize() {
    final SqlCall hop = from("select * from hop(t, ts, interval '1' minute, "
        + "interval '5' minute)").operand(0);
    assertThat(FreshetSqlParser.unparse(hop)).isEqualTo("HOP(TABLE t, DESCRIPTOR(ts), "
        + "INTERVAL '1' MINUTE, INTERVAL '5' MINUTE)");
  }

  @Test void sessionWithAndWithoutKey() {
    assertThat(FreshetSqlParser.unparse(
        from("select * from session(t, ts, interval '10' minute)").operand(0)))
        .isEqualTo("SESSION(TABLE t, DESCRIPTOR(ts), INTERVAL '10' MINUTE)");
    assertThat(FreshetSqlParser.unparse(
        from("select * from session(t, ts, user_id, interval '10' minute)").operand(0)))
        .isEqualTo("SESSION(TABLE t, DESCRIPTOR(ts), DESCRIPTOR(user_id), "
            + "INTERVAL '10' MINUTE)");
  }

  @Test void aliasAndJoinInput() {
    final SqlSelect select = parse("SELECT w.window_start, p.name FROM "
        + "TUMBLE(bids, ts, INTERVAL '1' MINUTE) AS w JOIN people p ON w.bidder = p.id",
        SqlSelect.class);
    final SqlJoin join = (SqlJoin) select.getFrom();
    assertThat(join.getLeft().getKind()).isEqualTo(SqlKind.AS);
    final SqlCall table = ((SqlCall) join.getLeft()).operand(0);
    assertThat(((SqlCall) table.operand(0)).operand(0).getKind())
        .isEqualTo(SqlKind.EXPLICIT_TABLE);
    assertThat(roundTrip(select)).isEqualTo("SELECT w.window_start, p.name FROM "
        + "TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS w "
        + "INNER JOIN people AS p ON w.bidder = p.id");
    roundTrip(parse("select * from tumble(t, ts, interval '1' hour) w"));
  }

  @Test void calcitesOwnSpellingIsKept() {
    assertThat(roundTrip(parse("SELECT * FROM TABLE(HOP(TABLE t, DESCRIPTOR(ts), "
        + "INTERVAL '1' MINUTE, INTERVAL '5' MINUTE))")))
        .isEqualTo("SELECT * FROM TABLE(HOP(TABLE t, DESCRIPTOR(ts), "
            + "INTERVAL '1' MINUTE, INTERVAL '5' MINUTE))");
  }

  @Test void otherTableFunctionsAreLeftAlone() {
    assertThat(FreshetSqlParser.unparse(from("select * from my_func(t, ts, 1)")))
        .isEqualTo("TABLE(my_func(t, ts, 1))");
  }
}
