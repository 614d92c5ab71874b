package io.freshet.sql.parser.expr;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseExpression;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.junit.jupiter.api.Test;

class PostgresOperatorParserTest {
  private static SqlCall call(String expression) {
    return (SqlCall) parseExpression(expression);
  }

  @Test void posixRegularExpressions() {
    assertThat(call("a ~ 'x'").getOperator())
        .isSameAs(SqlStdOperatorTable.POSIX_REGEX_CASE_SENSITIVE);
    assertThat(call("a ~* 'x'").getOperator())
        .isSameAs(SqlStdOperatorTable.POSIX_REGEX_CASE_INSENSITIVE);
    assertThat(call("a !~ 'x'").getOperator())
        .isSameAs(SqlStdOperatorTable.NEGATED_POSIX_REGEX_CASE_SENSITIVE);
    assertThat(call("a !~* 'x'").getOperator())
        .isSameAs(SqlStdOperatorTable.NEGATED_POSIX_REGEX_CASE_INSENSITIVE);
    assertThat(call("a != b").getKind()).isEqualTo(SqlKind.NOT_EQUALS);
  }

  @Test void ilike() {
    assertThat(call("a ILIKE 'x%'").getOperator()).isSameAs(SqlLibraryOperators.ILIKE);
    assertThat(call("a NOT ILIKE 'x%'").getOperator())
        .isSameAs(SqlLibraryOperators.NOT_ILIKE);
  }

  @Test void isDistinctFromAndTruthTests() {
    assertThat(call("a IS DISTINCT FROM b").getKind()).isEqualTo(SqlKind.IS_DISTINCT_FROM);
    assertThat(call("a IS NOT DISTINCT FROM b").getKind())
        .isEqualTo(SqlKind.IS_NOT_DISTINCT_FROM);
    assertThat(call("a IS TRUE").getKind()).isEqualTo(SqlKind.IS_TRUE);
    assertThat(call("a IS NOT TRUE").getKind()).isEqualTo(SqlKind.IS_NOT_TRUE);
    assertThat(call("a IS FALSE").getKind()).isEqualTo(SqlKind.IS_FALSE);
    assertThat(call("a IS NOT FALSE").getKind()).isEqualTo(SqlKind.IS_NOT_FALSE);
    assertThat(call("a IS UNKNOWN").getKind()).isEqualTo(SqlKind.IS_NULL);
    assertThat(call("a IS NOT UNKNOWN").getKind()).isEqualTo(SqlKind.IS_NOT_NULL);
  }

  @Test void arraysAndAny() {
    assertThat(call("ARRAY[1, 2]").getKind()).isEqualTo(SqlKind.ARRAY_VALUE_CONSTRUCTOR);
    final SqlCall any = call("x = ANY(ARRAY[1, 2])");
    assertThat(any.getKind()).isEqualTo(SqlKind.SOME);
    assertThat((SqlNode) any.operand(1)).isInstanceOf(SqlNodeList.class);
    assertThat(call("x = any(arr)").getKind()).isEqualTo(SqlKind.SOME);
    assertThat(call("x <> ALL(arr)").getKind()).isEqualTo(SqlKind.ALL);
    assertThat(call("arr[1]").getKind()).isEqualTo(SqlKind.ITEM);
  }

  @Test void roundTrip_() {
    roundTrip(parse("select a ~ 'x', a !~* 'y', a ilike 'b', a not ilike 'c', "
        + "a is distinct from b, a is not unknown, array[1, 2], x = any(array[1, 2]), "
        + "arr[1] from t where b != 1"));
  }
}
