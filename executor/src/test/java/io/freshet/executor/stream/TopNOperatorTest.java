package io.freshet.executor.stream;

import static io.freshet.executor.stream.StepHarness.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.plan.SortKey;
import io.freshet.executor.plan.TopNNode;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step tests of incremental top-N, global and per group, with and without row numbers. */
class TopNOperatorTest {
    @TempDir
    Path dir;

    private static final PlanNode T = input("t", DataType.INTEGER, DataType.INTEGER);

    private static TopNNode topN(List<Integer> group, long offset, long limit, boolean rowNumber) {
        List<Field> schema = new ArrayList<>(T.schema());
        if (rowNumber) {
            schema.add(new Field("rn", DataType.BIGINT));
        }
        return new TopNNode(List.of(T), schema, group, List.of(new SortKey(1, true, true)), offset, limit, rowNumber, 0);
    }

    @Test
    void keepsTheLargestRows() {
        try (StepHarness h = new StepHarness(dir, topN(List.of(), 0, 2, false))) {
            assertThat(h.step("+ 1 10", "+ 1 30", "+ 1 20")).containsExactly("+ 1 20", "+ 1 30");
            assertThat(h.step("+ 1 5")).isEmpty();
            assertThat(h.step("+ 1 40")).containsExactly("+ 1 40", "- 1 20");
        }
    }

    @Test
    void whenATopRowIsDeleted_theNextOneMovesIn() {
        try (StepHarness h = new StepHarness(dir, topN(List.of(), 0, 2, false))) {
            h.step("+ 1 10", "+ 1 30", "+ 1 20");
            assertThat(h.step("- 1 30")).containsExactly("+ 1 10", "- 1 30");
        }
    }

    @Test
    void offsetSkipsRows() {
        try (StepHarness h = new StepHarness(dir, topN(List.of(), 1, 1, false))) {
            assertThat(h.step("+ 1 10", "+ 1 30", "+ 1 20")).containsExactly("+ 1 20");
        }
    }

    @Test
    void perGroupTopOneWithRowNumbers() {
        try (StepHarness h = new StepHarness(dir, topN(List.of(0), 0, 2, true))) {
            assertThat(h.step("+ 1 10", "+ 2 7", "+ 1 20")).containsExactly("+ 1 10 2", "+ 1 20 1", "+ 2 7 1");
            // a new maximum shifts the row numbers of the rows below it
            assertThat(h.step("+ 1 30")).containsExactly("+ 1 20 2", "+ 1 30 1", "- 1 10 2", "- 1 20 1");
        }
    }

    @Test
    void duplicatesTakeOnePositionEach() {
        try (StepHarness h = new StepHarness(dir, topN(List.of(), 0, 2, false))) {
            assertThat(h.step("+3 1 10")).containsExactly("+2 1 10");
            assertThat(h.step("- 1 10")).isEmpty();
            assertThat(h.step("- 1 10")).containsExactly("- 1 10");
        }
    }
}
