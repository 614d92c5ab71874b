package io.freshet.server.slt;

import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.server.slt.SltRecord.SortMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Result comparison: words, NULL and empty strings, sort modes, numbers in R columns. */
class ResultComparerTest {
    private static List<List<String>> rows(String[]... rows) {
        return Arrays.stream(rows).map(Arrays::asList).toList();
    }

    private static String[] row(String... values) {
        return values;
    }

    @Test
    void valuesAreWordsSeparatedByAnyWhitespace() {
        List<List<String>> actual = rows(row("1", "2020-01-01 00:00:00", null, ""));
        assertThat(ResultComparer.mismatch("ITTT", SortMode.NOSORT, actual,
                List.of("1\t2020-01-01   00:00:00 NULL (empty)"))).isNull();
        assertThat(ResultComparer.mismatch("ITTT", SortMode.NOSORT, actual,
                List.of("1 2020-01-01 00:00:00 NULL NULL"))).contains("row 1 differs");
    }

    @Test
    void nosortKeepsOrderAndRowsortDoesNot() {
        List<List<String>> actual = rows(row("2", "b"), row("1", "a"));
        List<String> expected = List.of("1 a", "2 b");
        assertThat(ResultComparer.mismatch("IT", SortMode.NOSORT, actual, expected)).isNotNull();
        assertThat(ResultComparer.mismatch("IT", SortMode.ROWSORT, actual, expected)).isNull();
        assertThat(ResultComparer.mismatch("IT", SortMode.VALUESORT, actual, List.of("a b", "1 2"))).isNull();
    }

    @Test
    void rowCountsMustMatch() {
        String m = ResultComparer.mismatch("I", SortMode.ROWSORT, rows(row("1")), List.of("1", "1"));
        assertThat(m).contains("expected 2 rows but got 1").contains("expected (2 rows)").contains("actual (1 row)");
    }

    @Test
    void realColumnsCompareAsNumbersOthersAsText() {
        assertThat(ResultComparer.mismatch("R", SortMode.NOSORT, rows(row("1.50")), List.of("1.5"))).isNull();
        assertThat(ResultComparer.mismatch("I", SortMode.NOSORT, rows(row("1.50")), List.of("1.5"))).isNull();
        assertThat(ResultComparer.mismatch("I", SortMode.NOSORT, rows(row("1.50")), List.of("1.51"))).isNotNull();
        assertThat(ResultComparer.mismatch("T", SortMode.NOSORT, rows(row("1e2")), List.of("100"))).isNotNull();
        assertThat(ResultComparer.mismatch("R", SortMode.NOSORT, rows(row("0.30000000000000004")), List.of("0.3")))
                .isNull();
        assertThat(ResultComparer.mismatch("R", SortMode.NOSORT, rows(row("0.31")), List.of("0.3"))).isNotNull();
        assertThat(ResultComparer.mismatch("R", SortMode.NOSORT, rows(row("NaN")), List.of("NaN"))).isNull();
        assertThat(ResultComparer.mismatch("R", SortMode.NOSORT, rows(row("Infinity")), List.of("NaN"))).isNotNull();
    }

    @Test
    void rowsortMatchesNumbersThatSortDifferentlyAsText() {
        List<List<String>> actual = rows(row("1.0", "b"), row("1", "a"));
        assertThat(ResultComparer.mismatch("RT", SortMode.ROWSORT, actual, List.of("1 b", "1.0 a"))).isNull();
        assertThat(ResultComparer.mismatch("RT", SortMode.ROWSORT, actual, List.of("1 b", "1.0 b"))).isNotNull();
    }

    @Test
    void twoRenderingsOfOneValueMatchButDifferentValuesDoNot() {
        assertThat(ResultComparer.sameValueRendered("6221.5000000000000000", "6221.50")).isTrue();
        assertThat(ResultComparer.sameValueRendered("6221.51", "6221.50")).isFalse();
        assertThat(ResultComparer.sameValueRendered("00:00:20.21", "00:00:20.210")).isTrue();
        assertThat(ResultComparer.sameValueRendered("00:00:20.21", "00:00:20.201")).isFalse();
        assertThat(ResultComparer.sameValueRendered("10:00:00+00", "10:00:00+00:00")).isTrue();
        assertThat(ResultComparer.sameValueRendered("10:00:00+01", "10:00:00+00:00")).isFalse();
        assertThat(ResultComparer.sameValueRendered("10", "10.0")).isFalse();
    }
}
