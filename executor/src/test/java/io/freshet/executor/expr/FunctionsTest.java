package io.freshet.executor.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.freshet.executor.chunk.ArrayRow;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.value.ValueText;
import org.junit.jupiter.api.Test;

/**
 * The function library without PostgreSQL: expressions in the {@link ExprDsl} and their
 * PostgreSQL 15 output (recorded from the server).
 */
class FunctionsTest {
    private static String eval(String dsl) {
        EvalContext ctx = EvalContext.UTC;
        Expr e = ExprDsl.parse(dsl, ctx);
        Object v = e.eval(new ArrayRow(new Object[0]), ctx);
        return v == null ? "NULL" : ValueText.format(v, e.type(), ctx);
    }

    private static SqlState error(String dsl) {
        try {
            eval(dsl);
        } catch (FreshetException e) {
            return e.sqlState();
        }
        throw new AssertionError("no error from " + dsl);
    }

    @Test
    void arithmetic() {
        assertThat(eval("(/:int4 -7 2)")).isEqualTo("-3");
        assertThat(error("(+:int4 2147483647 1)")).isEqualTo(SqlState.NUMERIC_VALUE_OUT_OF_RANGE);
        assertThat(error("(/:int4 1 0)")).isEqualTo(SqlState.DIVISION_BY_ZERO);
        assertThat(eval("(/:numeric 1::numeric 3::numeric)")).isEqualTo("0.33333333333333333333");
        assertThat(eval("(/:numeric 10::numeric 2::numeric)")).isEqualTo("5.0000000000000000");
        assertThat(eval("(+:float8 '0.1'::float8 '0.2'::float8)")).isEqualTo("0.30000000000000004");
        assertThat(eval("(-:interval '2026-03-02 04:00'::timestamp '2026-01-01 03:00'::timestamp)"))
                .isEqualTo("60 days 01:00:00");
        assertThat(eval("(+:timestamp '2026-01-31'::date '1 month'::interval)")).isEqualTo("2026-02-28 00:00:00");
    }

    @Test
    void casts() {
        assertThat(eval("(cast:int4 '2.5'::numeric)")).isEqualTo("3");
        assertThat(eval("(cast:int4 '2.5'::float8)")).isEqualTo("2");
        assertThat(eval("(cast:numeric '1234567.891234567'::float8)")).isEqualTo("1234567.89123457");
        assertThat(eval("(cast:text true)")).isEqualTo("true");
        assertThat(eval("(cast:varchar(3) 'abcdef')")).isEqualTo("abc");
        assertThat(error("(cast:int2 100000)")).isEqualTo(SqlState.NUMERIC_VALUE_OUT_OF_RANGE);
    }

    @Test
    void textAndPatterns() {
        assertThat(eval("(substring:text 'hello' 0 3)")).isEqualTo("he");
        assertThat(eval("(split_part:text 'a,b,c' ',' -1)")).isEqualTo("c");
        assertThat(eval("(format:text 'Hello %s, %I, %L' 'world' 'My Table' 'it''s')"))
                .isEqualTo("Hello world, \"My Table\", 'it''s'");
        assertThat(eval("(like:bool '50%' '50\\%')")).isEqualTo("t");
        assertThat(eval("(regexp_replace:text 'foobarbaz' 'b(.)(.)' '[\\2\\1\\&]' 'g')"))
                .isEqualTo("foo[rabar][zabaz]");
        assertThat(eval("(concat:text 'a' 1 null::text true 2.50)")).isEqualTo("a1t2.50");
        assertThatThrownBy(() -> eval("(~:bool 'abc' '(')")).isInstanceOf(FreshetException.class);
    }

    @Test
    void dateTimeArraysAndJsonb() {
        assertThat(eval("(extract:numeric 'epoch' '2026-01-02 03:04:05.5'::timestamp)")).isEqualTo("1767323045.500000");
        assertThat(eval("(date_trunc:timestamp 'week' '2026-01-04 03:04:05'::timestamp)")).isEqualTo("2025-12-29 00:00:00");
        assertThat(eval("(age:interval '2026-03-01'::timestamp '2025-01-31'::timestamp)")).isEqualTo("1 year 1 mon 1 day");
        assertThat(eval("(array_to_string:text '{1,NULL,3}'::int4[] ',' '*')")).isEqualTo("1,*,3");
        assertThat(eval("(item:int4 '{10,20,30}'::int4[] 4)")).isEqualTo("NULL");
        assertThat(eval("(jsonb_build_object:jsonb 'b' 1 'a' 'x')")).isEqualTo("{\"a\": \"x\", \"b\": 1}");
        assertThat(eval("(#>>:text '{\"a\": {\"b\": [\"x\", 2]}}'::jsonb '{a,b,0}'::text[])")).isEqualTo("x");
    }
}
