package io.freshet.executor.stream;

import static io.freshet.executor.stream.StepHarness.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.executor.expr.Call;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.expr.InputRef;
import io.freshet.executor.expr.Literal;
import io.freshet.executor.plan.FilterNode;
import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.plan.ProjectNode;
import io.freshet.executor.plan.TimeWindowNode;
import io.freshet.executor.plan.UnionNode;
import io.freshet.executor.plan.ValuesNode;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step tests of the linear operators: weights pass through unchanged, nothing is remembered. */
class LinearOperatorsTest {
    @TempDir
    Path dir;

    private static final PlanNode T = input("t", DataType.INTEGER, DataType.INTEGER);

    @Test
    void filterKeepsRowsWhoseConditionIsTrueWithTheirWeights() {
        Expr gt = Call.of(">", DataType.BOOLEAN, new InputRef(1, DataType.INTEGER), new Literal(5, DataType.INTEGER));
        try (StepHarness h = new StepHarness(dir, new FilterNode(T, gt))) {
            assertThat(h.step("+ 1 10", "+ 2 3", "+ 3 null", "+2 4 6")).containsExactly("+ 1 10", "+2 4 6");
            assertThat(h.step("- 1 10", "- 2 3")).containsExactly("- 1 10");
        }
    }

    @Test
    void projectComputesEachRowAndAnErrorBecomesNull() {
        Expr div = Call.of("/", DataType.INTEGER, new Literal(100, DataType.INTEGER), new InputRef(1, DataType.INTEGER));
        PlanNode p = new ProjectNode(T, List.of(new Field("id", DataType.INTEGER), new Field("q", DataType.INTEGER)),
                List.of(new InputRef(0, DataType.INTEGER), div));
        try (StepHarness h = new StepHarness(dir, p)) {
            assertThat(h.step("+ 1 10", "+ 2 0")).containsExactly("+ 1 10", "+ 2 null");
            assertThat(h.step("- 1 10")).containsExactly("- 1 10");
        }
    }

    @Test
    void unionPassesEveryInput() {
        PlanNode u = new UnionNode(List.of(T, input("u", DataType.INTEGER, DataType.INTEGER)), T.schema());
        try (StepHarness h = new StepHarness(dir, u)) {
            assertThat(h.step(new String[] {"+ 1 1"}, new String[] {"+ 1 1", "- 2 2"}))
                    .containsExactly("+2 1 1", "- 2 2");
        }
    }

    @Test
    void valuesAreInsertedOnceWhenTheViewIsCreated() {
        PlanNode v = new ValuesNode(List.of(new Field("x", DataType.INTEGER)),
                List.of(List.of(new Literal(1, DataType.INTEGER)), List.of(new Literal(2, DataType.INTEGER))));
        try (StepHarness h = new StepHarness(dir, v)) {
            assertThat(h.backfill()).containsExactly("+ 1", "+ 2");
            assertThat(h.step(new String[0][0])).isEmpty();
        }
    }

    @Test
    void hopAssignsEachRowToEveryWindowContainingIt() {
        PlanNode in = input("e", DataType.INTEGER, DataType.BIGINT);
        // times are microseconds; slide 5, size 10: a row at 7 is in [5, 15) and [0, 10)
        PlanNode hop = new TimeWindowNode(List.of(in), List.of(new Field("id", DataType.INTEGER),
                new Field("ts", DataType.BIGINT), new Field("window_start", DataType.BIGINT),
                new Field("window_end", DataType.BIGINT)), 1, 5, 10, 0);
        try (StepHarness h = new StepHarness(dir, hop)) {
            assertThat(h.step("+ 1 7", "+ 2 null")).containsExactly("+ 1 7 0 10", "+ 1 7 5 15");
            assertThat(h.step("- 1 7")).containsExactly("- 1 7 0 10", "- 1 7 5 15");
            assertThat(h.step("+ 3 -1")).containsExactly("+ 3 -1 -10 0", "+ 3 -1 -5 5");
        }
    }
}
