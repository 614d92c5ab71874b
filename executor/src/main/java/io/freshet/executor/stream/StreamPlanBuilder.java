package io.freshet.executor.stream;

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
import io.freshet.executor.state.RelationLayout;
import io.freshet.storage.StateTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Instantiates a stream plan as connected {@link StreamOperator}s. Scans become
 * {@link RelationInputOperator}s, which the runtime connects to the relations they read.
 */
public final class StreamPlanBuilder implements PlanVisitor<StreamOperator> {
    private final IntFunction<StateTable> tables;
    private final String viewName;
    private final List<StreamOperator> operators = new ArrayList<>();
    private final List<RelationInputOperator> inputs = new ArrayList<>();

    private StreamPlanBuilder(IntFunction<StateTable> tables, String viewName) {
        this.tables = tables;
        this.viewName = viewName;
    }

    /**
     * @param plan a stream plan with state table ids assigned
     * @param tables opens a state table by id
     * @param viewName name for log messages
     */
    public static StreamFragment build(PlanNode plan, IntFunction<StateTable> tables, String viewName) {
        StreamPlanBuilder b = new StreamPlanBuilder(tables, viewName);
        StreamOperator root = plan.accept(b);
        return new StreamFragment(b.operators, b.inputs, root);
    }

    private StreamOperator add(StreamOperator op, PlanNode node) {
        for (int i = 0; i < node.inputs().size(); i++) {
            StreamOperator in = node.inputs().get(i).accept(this);
            in.connect(op, i);
        }
        operators.add(op);
        return op;
    }

    @Override
    public StreamOperator visitScan(ScanNode node) {
        RelationInputOperator op = new RelationInputOperator(node.objectId(), node.objectName());
        inputs.add(op);
        operators.add(op);
        return op;
    }

    @Override
    public StreamOperator visitValues(ValuesNode node) {
        ValuesOperator op = new ValuesOperator(node.rows(), node.width());
        operators.add(op);
        return op;
    }

    @Override
    public StreamOperator visitGenerateSeries(io.freshet.executor.plan.GenerateSeriesNode node) {
        GenerateSeriesOperator op = new GenerateSeriesOperator(node);
        operators.add(op);
        return op;
    }

    @Override
    public StreamOperator visitTimeWindow(io.freshet.executor.plan.TimeWindowNode node) {
        return add(new TimeWindowOperator(node), node);
    }

    @Override
    public StreamOperator visitFilter(FilterNode node) {
        return add(new FilterOperator(node.condition()), node);
    }

    @Override
    public StreamOperator visitProject(ProjectNode node) {
        return add(new ProjectOperator(node.exprs()), node);
    }

    @Override
    public StreamOperator visitUnion(UnionNode node) {
        return add(new UnionOperator(), node);
    }

    @Override
    public StreamOperator visitAggregate(AggregateNode node) {
        return add(new AggregateOperator(node, tables), node);
    }

    @Override
    public StreamOperator visitJoin(JoinNode node) {
        return add(new JoinOperator(node, tables), node);
    }

    @Override
    public StreamOperator visitSort(SortNode node) {
        throw FreshetException.notSupported("ORDER BY without LIMIT in a streaming plan");
    }

    @Override
    public StreamOperator visitTopN(TopNNode node) {
        return add(new TopNOperator(node, tables), node);
    }

    @Override
    public StreamOperator visitWindow(WindowNode node) {
        throw FreshetException.notSupported("window functions other than ROW_NUMBER() ... <= N in a materialized view");
    }

    @Override
    public StreamOperator visitMaterialize(MaterializeNode node) {
        RelationLayout layout = RelationLayout.forKey(node.types(), node.keyColumns());
        return add(new MaterializeOperator(viewName, tables.apply(node.stateTableId()), layout), node);
    }
}
