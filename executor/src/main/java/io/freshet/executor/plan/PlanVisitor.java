package io.freshet.executor.plan;

/** Visitor over the kinds of {@link PlanNode}. */
public interface PlanVisitor<R> {
    R visitScan(ScanNode node);

    R visitValues(ValuesNode node);

    R visitGenerateSeries(GenerateSeriesNode node);

    R visitFilter(FilterNode node);

    R visitTimeWindow(TimeWindowNode node);

    R visitProject(ProjectNode node);

    R visitUnion(UnionNode node);

    R visitAggregate(AggregateNode node);

    R visitJoin(JoinNode node);

    R visitSort(SortNode node);

    R visitTopN(TopNNode node);

    R visitWindow(WindowNode node);

    R visitMaterialize(MaterializeNode node);
}
