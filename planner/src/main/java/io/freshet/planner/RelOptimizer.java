package io.freshet.planner;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.sql2rel.RelDecorrelator;

/**
 * The optimization passes, in order, in one place. Every pass is a Hep program of Calcite
 * rules; Calcite's constant reduction is deliberately absent, because it would fold constants
 * with Calcite's semantics instead of PostgreSQL's.
 */
final class RelOptimizer {
    private RelOptimizer() {
    }

    /** 1. Subqueries become correlates (then joins, by decorrelation). */
    private static final List<RelOptRule> SUBQUERY_REMOVAL = List.of(
            CoreRules.FILTER_SUB_QUERY_TO_CORRELATE,
            CoreRules.PROJECT_SUB_QUERY_TO_CORRELATE,
            CoreRules.JOIN_SUB_QUERY_TO_CORRELATE);

    /** 2. Normalization: set operations to aggregates, filters pushed down, projections merged. */
    private static final List<RelOptRule> NORMALIZATION = List.of(
            CoreRules.UNION_TO_DISTINCT,
            CoreRules.INTERSECT_TO_DISTINCT,
            CoreRules.MINUS_TO_DISTINCT,
            CoreRules.UNION_MERGE,
            CoreRules.FILTER_INTO_JOIN,
            CoreRules.JOIN_CONDITION_PUSH,
            CoreRules.JOIN_PUSH_EXPRESSIONS,
            CoreRules.FILTER_PROJECT_TRANSPOSE,
            CoreRules.FILTER_AGGREGATE_TRANSPOSE,
            CoreRules.FILTER_SET_OP_TRANSPOSE,
            CoreRules.FILTER_MERGE,
            CoreRules.PROJECT_MERGE,
            CoreRules.PROJECT_REMOVE,
            CoreRules.AGGREGATE_PROJECT_MERGE,
            CoreRules.AGGREGATE_REMOVE,
            CoreRules.PROJECT_FILTER_VALUES_MERGE);

    /** 3. Window functions in projections become Window nodes. */
    private static final List<RelOptRule> WINDOWS = List.of(
            CoreRules.PROJECT_TO_LOGICAL_PROJECT_AND_WINDOW);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RelOptimizer.class);

    /** Runs every pass over {@code rel}. */
    static RelNode optimize(RelNode rel) {
        RelNode optimized = runAll(rel);
        if (LOG.isDebugEnabled()) {
            LOG.debug("optimized plan:\n{}", org.apache.calcite.plan.RelOptUtil.toString(optimized));
        }
        return optimized;
    }

    private static RelNode runAll(RelNode rel) {
        RelNode r = run(rel, SUBQUERY_REMOVAL);
        r = RelDecorrelator.decorrelateQuery(r, new NullSafeCorrelationRelBuilder(r.getCluster()));
        r = run(r, NORMALIZATION);
        r = run(r, WINDOWS);
        r = run(r, List.of(CoreRules.PROJECT_MERGE, CoreRules.PROJECT_REMOVE));
        return r;
    }

    private static RelNode run(RelNode rel, List<RelOptRule> rules) {
        HepProgramBuilder b = HepProgram.builder().addMatchOrder(HepMatchOrder.BOTTOM_UP);
        b.addRuleCollection(rules);
        HepPlanner planner = new HepPlanner(b.build());
        planner.setExecutor(NonFoldingRexBuilder.NO_REDUCTION);
        planner.setRoot(rel);
        return planner.findBestExp();
    }
}
