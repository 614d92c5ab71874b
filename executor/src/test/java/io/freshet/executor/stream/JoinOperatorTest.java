package io.freshet.executor.stream;

import static io.freshet.executor.stream.StepHarness.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.executor.expr.Call;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.expr.InputRef;
import io.freshet.executor.plan.JoinKind;
import io.freshet.executor.plan.JoinNode;
import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step tests of the incremental join for every join kind. */
class JoinOperatorTest {
    @TempDir
    Path dir;

    private static final String[] NONE = new String[0];
    private static final PlanNode L = input("l", DataType.INTEGER, DataType.TEXT);
    private static final PlanNode R = input("r", DataType.INTEGER, DataType.TEXT);

    private static JoinNode join(JoinKind kind, Expr residual, boolean nullSafe) {
        List<Field> schema = new ArrayList<>(L.schema());
        if (kind.projectsRight()) {
            schema.addAll(R.schema());
        }
        return new JoinNode(L, R, schema, kind, List.of(0), List.of(0), List.of(nullSafe), residual);
    }

    private static JoinNode join(JoinKind kind) {
        return join(kind, null, false);
    }

    private static String[] rows(String... r) {
        return r;
    }

    @Test
    void innerJoinMatchesBothOrders() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.INNER))) {
            assertThat(h.step(rows("+ 1 a"), NONE)).isEmpty();
            assertThat(h.step(NONE, rows("+ 1 x", "+ 2 y"))).containsExactly("+ 1 a 1 x");
            assertThat(h.step(rows("+ 2 b"), NONE)).containsExactly("+ 2 b 2 y");
            assertThat(h.step(NONE, rows("- 1 x"))).containsExactly("- 1 a 1 x");
        }
    }

    @Test
    void duplicatesMultiply() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.INNER))) {
            h.step(rows("+2 1 a"), NONE);
            assertThat(h.step(NONE, rows("+3 1 x"))).containsExactly("+6 1 a 1 x");
        }
    }

    @Test
    void changesOnBothSidesInOneEpoch() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.INNER))) {
            assertThat(h.step(rows("+ 1 a"), rows("+ 1 x"))).containsExactly("+ 1 a 1 x");
        }
    }

    @Test
    void leftJoinPadsUntilAMatchArrives() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.LEFT))) {
            assertThat(h.step(rows("+ 1 a"), NONE)).containsExactly("+ 1 a null null");
            assertThat(h.step(NONE, rows("+ 1 x"))).containsExactly("+ 1 a 1 x", "- 1 a null null");
            assertThat(h.step(NONE, rows("+ 1 y"))).containsExactly("+ 1 a 1 y");
            assertThat(h.step(NONE, rows("- 1 x", "- 1 y"))).containsExactly("+ 1 a null null", "- 1 a 1 x",
                    "- 1 a 1 y");
            assertThat(h.step(rows("- 1 a"), NONE)).containsExactly("- 1 a null null");
        }
    }

    @Test
    void rightJoinPadsRightRows() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.RIGHT))) {
            assertThat(h.step(NONE, rows("+ 1 x"))).containsExactly("+ null null 1 x");
            assertThat(h.step(rows("+ 1 a"), NONE)).containsExactly("+ 1 a 1 x", "- null null 1 x");
        }
    }

    @Test
    void fullJoinPadsBothSides() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.FULL))) {
            assertThat(h.step(rows("+ 1 a"), rows("+ 2 y"))).containsExactly("+ 1 a null null", "+ null null 2 y");
            assertThat(h.step(rows("+ 2 b"), NONE)).containsExactly("+ 2 b 2 y", "- null null 2 y");
        }
    }

    @Test
    void nullKeysNeverMatchUnlessNullSafe() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.LEFT))) {
            assertThat(h.step(rows("+ null a"), rows("+ null x"))).containsExactly("+ null a null null");
        }
    }

    @Test
    void nullSafeKeysMatchNulls() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.INNER, null, true))) {
            assertThat(h.step(rows("+ null a"), rows("+ null x"))).containsExactly("+ null a null x");
        }
    }

    @Test
    void semiJoinPassesRowsWithAMatch() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.SEMI))) {
            assertThat(h.step(rows("+ 1 a", "+ 2 b"), NONE)).isEmpty();
            assertThat(h.step(NONE, rows("+ 1 x", "+ 1 y"))).containsExactly("+ 1 a");
            assertThat(h.step(NONE, rows("- 1 x"))).isEmpty();
            assertThat(h.step(NONE, rows("- 1 y"))).containsExactly("- 1 a");
        }
    }

    @Test
    void antiJoinPassesRowsWithoutAMatch() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.ANTI))) {
            assertThat(h.step(rows("+ 1 a", "+ 2 b"), NONE)).containsExactly("+ 1 a", "+ 2 b");
            assertThat(h.step(NONE, rows("+ 1 x"))).containsExactly("- 1 a");
            assertThat(h.step(NONE, rows("- 1 x"))).containsExactly("+ 1 a");
        }
    }

    @Test
    void residualConditionDecidesMatchesAndPadding() {
        // l.c1 <> r.c1 (text) on top of the key equality
        Expr residual = Call.of("<>", DataType.BOOLEAN, new InputRef(1, DataType.TEXT), new InputRef(3, DataType.TEXT));
        try (StepHarness h = new StepHarness(dir, join(JoinKind.LEFT, residual, false))) {
            assertThat(h.step(rows("+ 1 a"), rows("+ 1 a"))).containsExactly("+ 1 a null null");
            assertThat(h.step(NONE, rows("+ 1 b"))).containsExactly("+ 1 a 1 b", "- 1 a null null");
        }
    }

    @Test
    void stateSurvivesRestart() {
        try (StepHarness h = new StepHarness(dir, join(JoinKind.LEFT))) {
            h.step(rows("+ 1 a"), rows("+ 1 x"));
            h.restart();
            assertThat(h.step(NONE, rows("- 1 x"))).containsExactly("+ 1 a null null", "- 1 a 1 x");
        }
    }
}
