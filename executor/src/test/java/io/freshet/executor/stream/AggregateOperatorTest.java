package io.freshet.executor.stream;

import static io.freshet.executor.stream.StepHarness.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.executor.plan.AggCall;
import io.freshet.executor.plan.AggregateNode;
import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.plan.SortKey;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step tests of the incremental aggregate: changes with weights in, changes with weights out. */
class AggregateOperatorTest {
    @TempDir
    Path dir;

    private static final PlanNode KV = input("t", DataType.INTEGER, DataType.INTEGER);

    private static AggregateNode groupBy(PlanNode in, List<Integer> keys, AggCall... calls) {
        List<Field> schema = new ArrayList<>();
        for (int k : keys) {
            schema.add(in.schema().get(k));
        }
        for (int i = 0; i < calls.length; i++) {
            schema.add(new Field("a" + i, calls[i].type()));
        }
        return new AggregateNode(in, schema, keys, List.of(calls));
    }

    private static AggCall call(String fn, DataType type, Integer... args) {
        return new AggCall(fn, List.of(args), false, -1, List.of(), type);
    }

    @Test
    void whenMaxIsDeleted_thenNextLargestIsEmitted() {
        try (StepHarness h = new StepHarness(dir, groupBy(KV, List.of(0), call("max", DataType.INTEGER, 1)))) {
            assertThat(h.step("+ 1 10", "+ 1 30", "+ 1 20")).containsExactly("+ 1 30");
            assertThat(h.step("- 1 30")).containsExactly("+ 1 20", "- 1 30");
            assertThat(h.step("- 1 20")).containsExactly("+ 1 10", "- 1 20");
        }
    }

    @Test
    void whenDuplicateExtremeIsDeletedOnce_thenItStays() {
        try (StepHarness h = new StepHarness(dir, groupBy(KV, List.of(0), call("min", DataType.INTEGER, 1)))) {
            assertThat(h.step("+ 1 5", "+ 1 5", "+ 1 9")).containsExactly("+ 1 5");
            assertThat(h.step("- 1 5")).isEmpty();
            assertThat(h.step("- 1 5")).containsExactly("+ 1 9", "- 1 5");
        }
    }

    @Test
    void whenLastRowOfGroupIsDeleted_thenGroupIsRetracted() {
        try (StepHarness h = new StepHarness(dir, groupBy(KV, List.of(0), call("count_star", DataType.BIGINT)))) {
            assertThat(h.step("+ 1 10", "+ 2 20")).containsExactly("+ 1 1", "+ 2 1");
            assertThat(h.step("- 2 20")).containsExactly("- 2 1");
            assertThat(h.step("+ 1 11", "- 1 10")).isEmpty();
        }
    }

    @Test
    void globalAggregateHasOneRowEvenWhenEmpty() {
        AggregateNode agg = groupBy(KV, List.of(), call("count_star", DataType.BIGINT),
                call("sum", DataType.BIGINT, 1), call("max", DataType.INTEGER, 1));
        try (StepHarness h = new StepHarness(dir, agg)) {
            assertThat(h.backfill()).containsExactly("+ 0 null null");
            assertThat(h.step("+ 1 10", "+ 2 20")).containsExactly("+ 2 30 20", "- 0 null null");
            assertThat(h.step("- 1 10", "- 2 20")).containsExactly("+ 0 null null", "- 2 30 20");
        }
    }

    @Test
    void sumAndAvgRetractExactly() {
        PlanNode in = input("t", DataType.INTEGER, DataType.DOUBLE);
        AggregateNode agg = groupBy(in, List.of(0), call("sum", DataType.DOUBLE, 1), call("avg", DataType.DOUBLE, 1));
        try (StepHarness h = new StepHarness(dir, agg)) {
            // float addition would lose the 1 next to 1e16 and leave 0 after the retraction
            assertThat(h.step("+ 1 1e16", "+ 1 1.0")).containsExactly("+ 1 1.0E16 5.0E15");
            assertThat(h.step("- 1 1e16")).containsExactly("+ 1 1.0 1.0", "- 1 1.0E16 5.0E15");
        }
    }

    @Test
    void avgOfIntegersIsNumeric() {
        AggregateNode agg = groupBy(KV, List.of(0), call("avg", DataType.NUMERIC, 1));
        try (StepHarness h = new StepHarness(dir, agg)) {
            assertThat(h.step("+ 1 1", "+ 1 2")).containsExactly("+ 1 1.5000000000000000");
        }
    }

    @Test
    void whenOutputDoesNotChange_thenNothingIsEmitted() {
        try (StepHarness h = new StepHarness(dir, groupBy(KV, List.of(0), call("max", DataType.INTEGER, 1)))) {
            h.step("+ 1 10");
            assertThat(h.step("+ 1 5")).isEmpty();
            assertThat(h.step("- 1 5")).isEmpty();
        }
    }

    @Test
    void countDistinctCountsEachValueOnce() {
        AggCall distinct = new AggCall("count", List.of(1), true, -1, List.of(), DataType.BIGINT);
        try (StepHarness h = new StepHarness(dir, groupBy(KV, List.of(0), distinct))) {
            assertThat(h.step("+ 1 7", "+ 1 7", "+ 1 8")).containsExactly("+ 1 2");
            assertThat(h.step("- 1 7")).isEmpty();
            assertThat(h.step("- 1 7")).containsExactly("+ 1 1", "- 1 2");
        }
    }

    @Test
    void filterClauseSkipsRows() {
        PlanNode in = input("t", DataType.INTEGER, DataType.INTEGER, DataType.BOOLEAN);
        AggCall filtered = new AggCall("count_star", List.of(), false, 2, List.of(), DataType.BIGINT);
        try (StepHarness h = new StepHarness(dir, groupBy(in, List.of(0), filtered))) {
            assertThat(h.step("+ 1 1 true", "+ 1 2 false", "+ 1 3 null")).containsExactly("+ 1 1");
        }
    }

    @Test
    void stringAggFollowsItsOrderByUnderDeletes() {
        PlanNode in = input("t", DataType.INTEGER, DataType.TEXT, DataType.TEXT);
        AggCall agg = new AggCall("string_agg", List.of(1, 2), false, -1, List.of(new SortKey(1, true, true)),
                DataType.TEXT);
        try (StepHarness h = new StepHarness(dir, groupBy(in, List.of(0), agg))) {
            assertThat(h.step("+ 1 a ,", "+ 1 c ,", "+ 1 b ,")).containsExactly("+ 1 c,b,a");
            assertThat(h.step("- 1 b ,")).containsExactly("+ 1 c,a", "- 1 c,b,a");
        }
    }

    @Test
    void boolAndOrRetract() {
        PlanNode in = input("t", DataType.INTEGER, DataType.BOOLEAN);
        AggregateNode agg = groupBy(in, List.of(0), call("bool_and", DataType.BOOLEAN, 1),
                call("bool_or", DataType.BOOLEAN, 1));
        try (StepHarness h = new StepHarness(dir, agg)) {
            assertThat(h.step("+ 1 true", "+ 1 false")).containsExactly("+ 1 false true");
            assertThat(h.step("- 1 false")).containsExactly("+ 1 true true", "- 1 false true");
        }
    }

    @Test
    void stateSurvivesRestart() {
        try (StepHarness h = new StepHarness(dir, groupBy(KV, List.of(0), call("max", DataType.INTEGER, 1),
                call("count_star", DataType.BIGINT)))) {
            h.step("+ 1 10", "+ 1 20");
            h.restart();
            assertThat(h.step("- 1 20")).containsExactly("+ 1 10 1", "- 1 20 2");
        }
    }

    @Test
    void weightsAboveOneCountCopies() {
        try (StepHarness h = new StepHarness(dir, groupBy(KV, List.of(0), call("sum", DataType.BIGINT, 1)))) {
            assertThat(h.step("+3 1 10")).containsExactly("+ 1 30");
            assertThat(h.step("-2 1 10")).containsExactly("+ 1 10", "- 1 30");
        }
    }
}
