package io.freshet.planner;

import io.freshet.executor.runtime.DmlPlan;
import io.freshet.executor.type.DataType;
import java.util.List;

/** A planned INSERT, UPDATE or DELETE with the types of its parameters. */
public final class PlannedDml {
    private final DmlPlan plan;
    private final List<DataType> parameterTypes;

    PlannedDml(DmlPlan plan, List<DataType> parameterTypes) {
        this.plan = plan;
        this.parameterTypes = List.copyOf(parameterTypes);
    }

    public DmlPlan plan() {
        return plan;
    }

    public List<DataType> parameterTypes() {
        return parameterTypes;
    }
}
