package io.freshet.planner;

import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import java.util.List;

/** A planned query: its batch plan, its result columns, and the types of its parameters. */
public final class PlannedQuery {
    private final PlanNode plan;
    private final List<Field> columns;
    private final List<DataType> parameterTypes;

    PlannedQuery(PlanNode plan, List<Field> columns, List<DataType> parameterTypes) {
        this.plan = plan;
        this.columns = List.copyOf(columns);
        this.parameterTypes = List.copyOf(parameterTypes);
    }

    public PlanNode plan() {
        return plan;
    }

    /** Result column names (as PostgreSQL would name them) and types. */
    public List<Field> columns() {
        return columns;
    }

    public List<DataType> parameterTypes() {
        return parameterTypes;
    }
}
