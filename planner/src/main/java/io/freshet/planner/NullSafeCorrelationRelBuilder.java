package io.freshet.planner;

import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;

/**
 * The RelBuilder given to Calcite's decorrelator: its {@link #equals} is NULL-safe ({@code IS NOT
 * DISTINCT FROM}) when either side may be NULL. The decorrelator joins a subquery's results back
 * to the outer rows with {@code equals} on the correlated values, which identify groups: an outer
 * row whose correlated column is NULL must find its group too. (With plain {@code =},
 * {@code EXISTS (SELECT ... FROM b LEFT JOIN c ON outer.y = b.y ...)} loses the outer rows whose
 * {@code y} is NULL; compare CALCITE-6962.)
 */
final class NullSafeCorrelationRelBuilder extends RelBuilder {
    NullSafeCorrelationRelBuilder(RelOptCluster cluster) {
        super(Contexts.empty(), cluster, null);
    }

    @Override
    public RexNode equals(RexNode operand0, RexNode operand1) {
        if (operand0.getType().isNullable() || operand1.getType().isNullable()) {
            return isNotDistinctFrom(operand0, operand1);
        }
        return super.equals(operand0, operand1);
    }
}
