package io.freshet.executor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.freshet.executor.expr.And;
import io.freshet.executor.expr.Call;
import io.freshet.executor.expr.Case;
import io.freshet.executor.expr.Coalesce;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.expr.InputRef;
import io.freshet.executor.expr.Literal;
import io.freshet.executor.expr.Or;
import io.freshet.executor.expr.Param;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import io.freshet.executor.value.Interval;
import io.freshet.executor.value.NumericSpecial;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A view's plan is persisted as JSON and must come back exactly, every node and expression kind. */
class PlanJsonTest {
    private static final List<Field> T = List.of(new Field("a", DataType.INTEGER), new Field("b", DataType.TEXT),
            new Field("c", DataType.numeric(10, 2)));

    @Test
    void everyNodeAndExpressionSurvivesARoundTrip() {
        ScanNode scan = new ScanNode(7, "t", T, List.of(0));
        Expr cond = new And(List.of(Call.of(">", DataType.BOOLEAN, new InputRef(0, DataType.INTEGER),
                new Literal(5, DataType.INTEGER)), new Or(List.of(Call.of("is_null", DataType.BOOLEAN,
                        new InputRef(1, DataType.TEXT)), new Literal(true, DataType.BOOLEAN)))));
        PlanNode filter = new FilterNode(scan, cond);
        PlanNode project = new ProjectNode(filter, List.of(new Field("x", DataType.TEXT), new Field("y", DataType.NUMERIC),
                new Field("z", DataType.INTERVAL), new Field("w", DataType.DOUBLE)), List.of(
                        new Coalesce(List.of(new InputRef(1, DataType.TEXT), new Literal("it's", DataType.TEXT)), DataType.TEXT),
                        new Case(List.of(new Literal(false, DataType.BOOLEAN)), List.of(new Literal(new BigDecimal("1.50"),
                                DataType.NUMERIC)), new Literal(NumericSpecial.NAN, DataType.NUMERIC), DataType.NUMERIC),
                        new Literal(new Interval(1, 2, 3), DataType.INTERVAL),
                        new Literal(0.1 + 0.2, DataType.DOUBLE)));
        PlanNode agg = new AggregateNode(project, List.of(new Field("x", DataType.TEXT), new Field("n", DataType.BIGINT)),
                List.of(0), List.of(new AggCall("count_star", List.of(), false, -1, List.of(), DataType.BIGINT)));
        PlanNode values = new ValuesNode(List.of(new Field("x", DataType.TEXT), new Field("n", DataType.BIGINT)),
                List.of(List.of(new Literal("v", DataType.TEXT), new Param(0, DataType.BIGINT))));
        PlanNode union = new UnionNode(List.of(agg, values), agg.schema());
        PlanNode join = new JoinNode(union, scan, List.of(new Field("x", DataType.TEXT), new Field("n", DataType.BIGINT)),
                JoinKind.SEMI, List.of(0), List.of(1), List.of(false), null);
        PlanNode topN = new TopNNode(List.of(join), join.schema(), List.of(), List.of(new SortKey(1, true, true)), 0, 3,
                false, 0);
        PlanNode root = StateTableAssigner.assign(new MaterializeNode(List.of(topN), 9, List.of(0), 0), new Counter());

        String json = PlanJson.write(root);
        PlanNode back = PlanJson.read(json);

        assertThat(PlanJson.write(back)).isEqualTo(json);
        assertThat(PlanPrinter.explain(back, true)).isEqualTo(PlanPrinter.explain(root, true));
        assertThat(StateTableAssigner.stateTables(back)).containsExactlyElementsOf(StateTableAssigner.stateTables(root));
    }

    /** Hands out 1, 2, 3, ... */
    private static final class Counter implements java.util.function.IntSupplier {
        private int next;

        @Override
        public int getAsInt() {
            return ++next;
        }
    }
}
