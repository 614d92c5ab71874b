package io.freshet.sql.parser.expr;

import static io.freshet.sql.parser.ParserAssertions.parse;
import static io.freshet.sql.parser.ParserAssertions.parseExpression;
import static io.freshet.sql.parser.ParserAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCollectionTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.junit.jupiter.api.Test;

class InfixCastParserTest {
  private static SqlCall call(String expression) {
    return (SqlCall) parseExpression(expression);
  }

  private static String typeOf(SqlNode cast) {
    return ((SqlCall) cast).operand(1).toString();
  }

  @Test void buildsTheStandardCast() {
    final SqlCall cast = call("x::int");
    assertThat(cast.getOperator()).isSameAs(SqlStdOperatorTable.CAST);
    assertThat((SqlNode) cast.operand(1)).isInstanceOf(SqlDataTypeSpec.class);
    assertThat(cast.toString()).isEqualTo("CAST(`X` AS INTEGER)".replace("`X`", "`x`"));
  }

  @Test void bindsTighterThanUnaryMinus() {
    final SqlCall minus = call("-1::int");
    assertThat(minus.getKind()).isEqualTo(SqlKind.MINUS_PREFIX);
    final SqlCall cast = minus.operand(0);
    assertThat(cast.getKind()).isEqualTo(SqlKind.CAST);
    assertThat((SqlNode) cast.operand(0)).isInstanceOf(SqlNumericLiteral.class);
  }

  @Test void bindsTighterThanArithmetic() {
    final SqlCall plus = call("a + b::text");
    assertThat(plus.getKind()).isEqualTo(SqlKind.PLUS);
    assertThat(plus.operand(0).getKind()).isEqualTo(SqlKind.IDENTIFIER);
    assertThat(plus.operand(1).getKind()).isEqualTo(SqlKind.CAST);
    assertThat(typeOf(plus.operand(1))).isEqualTo("VARCHAR");

    final SqlCall times = call("a * b::int + c");
    assertThat(times.getKind()).isEqualTo(SqlKind.PLUS);
    assertThat(((SqlCall) times.operand(0)).operand(1).getKind()).isEqualTo(SqlKind.CAST);
  }

  @Test void chains() {
    final SqlCall outer = call("a::text::int");
    assertThat(typeOf(outer)).isEqualTo("INTEGER");
    final SqlCall inner = outer.operand(0);
    assertThat(inner.getKind()).isEqualTo(SqlKind.CAST);
    assertThat(typeOf(inner)).isEqualTo("VARCHAR");
  }

  @Test void numericWithPrecisionAndScale() {
    assertThat(typeOf(call("x::numeric(10,2)"))).isEqualTo("DECIMAL(10, 2)");
    assertThat(typeOf(call("x::decimal"))).isEqualTo("DECIMAL");
  }

  @Test void arrayType() {
    final SqlCall cast = call("'{1,2}'::int[]");
    final SqlDataTypeSpec type = cast.operand(1);
    assertThat(type.getTypeNameSpec()).isInstanceOf(SqlCollectionTypeNameSpec.class);
    assertThat(typeOf(cast)).isEqualTo("INTEGER ARRAY");
  }

  @Test void stringToIntervalIsAnIntervalLiteral() {
    final SqlNode node = parseExpression("'1 day'::interval");
    assertThat(node).isInstanceOf(SqlIntervalLiteral.class);
    assertThat(node.toString()).isEqualTo("INTERVAL '1' DAY");
    final SqlCall minus = call("-'2 hours'::interval");
    assertThat(minus.getKind()).isEqualTo(SqlKind.MINUS_PREFIX);
    assertThat((SqlNode) minus.operand(0)).isInstanceOf(SqlIntervalLiteral.class);
  }

  @Test void intervalCasts() {
    final SqlCall qualified = call("x::interval hour");
    assertThat((SqlNode) qualified.operand(1)).isInstanceOf(SqlIntervalQualifier.class);
    final SqlCall bare = call("x::interval");
    assertThat(typeOf(bare)).isEqualTo("`interval`");
  }

  @Test void memberAccessAndSubscriptsBindTighter() {
    final SqlCall field = call("t.a::text");
    assertThat(field.operand(0).toString()).isEqualTo("t.a");
    final SqlCall item = call("arr[1]::text");
    assertThat(item.operand(0).getKind()).isEqualTo(SqlKind.ITEM);
  }

  @Test void roundTripsAsCast() {
    assertThat(roundTrip(parse("select -1::int, a + b::text, x::numeric(10,2), "
        + "'{1,2}'::int[], a::text::int, '1 day'::interval, c::timestamptz from t")))
        .isEqualTo("SELECT - CAST(1 AS INTEGER), a + CAST(b AS VARCHAR), "
            + "CAST(x AS DECIMAL(10, 2)), CAST('{1,2}' AS INTEGER ARRAY), "
            + "CAST(CAST(a AS VARCHAR) AS INTEGER), INTERVAL '1' DAY, "
            + "CAST(c AS TIMESTAMP WITH LOCAL TIME ZONE) FROM t");
  }

  @Test void standardCastStillWorks() {
    assertThat(call("CAST(x AS bigint)").getOperator()).isSameAs(SqlStdOperatorTable.CAST);
    assertThat((SqlNode) call("cast(x as interval day)").operand(1))
        .isInstanceOf(SqlIntervalQualifier.class);
  }
}
