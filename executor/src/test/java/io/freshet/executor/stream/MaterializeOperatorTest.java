package io.freshet.executor.stream;

import static io.freshet.executor.stream.StepHarness.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.executor.plan.MaterializeNode;
import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.type.DataType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step tests of a view's storage: consolidation per key, and counted rows without a key. */
class MaterializeOperatorTest {
    @TempDir
    Path dir;

    private static final PlanNode T = input("t", DataType.INTEGER, DataType.TEXT);

    @Test
    void updateArrivingAsInsertBeforeDeleteIsApplied() {
        try (StepHarness h = new StepHarness(dir, new MaterializeNode(List.of(T), 1, List.of(0), 0))) {
            h.step("+ 1 a");
            assertThat(h.step("+ 1 b", "- 1 a")).containsExactly("+ 1 b", "- 1 a");
        }
    }

    @Test
    void changesThatCancelOutEmitNothing() {
        try (StepHarness h = new StepHarness(dir, new MaterializeNode(List.of(T), 1, List.of(0), 0))) {
            assertThat(h.step("+ 1 a", "- 1 a")).isEmpty();
        }
    }

    @Test
    void rowsWithoutKeyAreCounted() {
        try (StepHarness h = new StepHarness(dir, new MaterializeNode(List.of(T), 1, null, 0))) {
            assertThat(h.step("+ 1 a", "+ 1 a")).containsExactly("+2 1 a");
            assertThat(h.step("- 1 a")).containsExactly("- 1 a");
            h.restart();
            assertThat(h.step("- 1 a")).containsExactly("- 1 a");
        }
    }
}
