package io.freshet.executor.batch;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.plan.AggregateNode;
import io.freshet.executor.plan.FilterNode;
import io.freshet.executor.plan.JoinNode;
import io.freshet.executor.plan.MaterializeNode;
import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.plan.PlanVisitor;
import io.freshet.executor.plan.ProjectNode;
import io.freshet.executor.plan.ScanNode;
import io.freshet.executor.plan.SortNode;
import io.freshet.executor.plan.TopNNode;
import io.freshet.executor.plan.UnionNode;
import io.freshet.executor.plan.ValuesNode;
import io.freshet.executor.plan.WindowNode;
import java.util.ArrayList;
import java.util.List;

/** Instantiates a plan as a tree of {@link BatchOperator}s. */
public final class BatchPlanBuilder implements PlanVisitor<BatchOperator> {
    private final BatchContext ctx;

    private BatchPlanBuilder(BatchContext ctx) {
        this.ctx = ctx;
    }

    /** The root operator of {@code plan}, ready to pull rows from. */
    public static BatchOperator build(PlanNode plan, BatchContext ctx) {
        return plan.accept(new BatchPlanBuilder(ctx));
    }

    private BatchOperator in(PlanNode node) {
        return node.input().accept(this);
    }

    @Override
    public BatchOperator visitScan(ScanNode node) {
        return new ScanOperator(node, ctx);
    }

    @Override
    public BatchOperator visitValues(ValuesNode node) {
        return new ValuesOperator(node, ctx);
    }

    @Override
    public BatchOperator visitGenerateSeries(io.freshet.executor.plan.GenerateSeriesNode node) {
        return new GenerateSeriesOperator(node, ctx);
    }

    @Override
    public BatchOperator visitTimeWindow(io.freshet.executor.plan.TimeWindowNode node) {
        return new TimeWindowOperator(in(node), node);
    }

    @Override
    public BatchOperator visitFilter(FilterNode node) {
        return new FilterOperator(in(node), node.condition(), ctx);
    }

    @Override
    public BatchOperator visitProject(ProjectNode node) {
        return new ProjectOperator(in(node), node.exprs(), ctx);
    }

    @Override
    public BatchOperator visitUnion(UnionNode node) {
        List<BatchOperator> inputs = new ArrayList<>();
        for (PlanNode in : node.inputs()) {
            inputs.add(in.accept(this));
        }
        return new UnionOperator(inputs);
    }

    @Override
    public BatchOperator visitAggregate(AggregateNode node) {
        return new HashAggregateOperator(in(node), node, ctx);
    }

    @Override
    public BatchOperator visitJoin(JoinNode node) {
        return new HashJoinOperator(node.left().accept(this), node.right().accept(this), node, ctx);
    }

    @Override
    public BatchOperator visitSort(SortNode node) {
        return new SortOperator(in(node), node, ctx);
    }

    @Override
    public BatchOperator visitTopN(TopNNode node) {
        return new TopNOperator(in(node), node, ctx);
    }

    @Override
    public BatchOperator visitWindow(WindowNode node) {
        return new WindowOperator(in(node), node, ctx);
    }

    @Override
    public BatchOperator visitMaterialize(MaterializeNode node) {
        throw FreshetException.notSupported("Materialize in a batch plan");
    }
}
