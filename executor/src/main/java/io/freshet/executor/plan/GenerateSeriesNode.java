package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.type.Field;
import java.util.List;

/**
 * {@code generate_series(start, stop, step)}: the values from start to stop (inclusive) in
 * steps, as one column. The bounds are expressions without input references (constants or
 * parameters). In a stream plan the rows are inserted once, when the view is created.
 */
public final class GenerateSeriesNode extends PlanNode {
    private final Expr start;
    private final Expr stop;
    private final Expr step;

    @JsonCreator
    public GenerateSeriesNode(@JsonProperty("schema") List<Field> schema, @JsonProperty("start") Expr start,
            @JsonProperty("stop") Expr stop, @JsonProperty("step") Expr step) {
        super(List.of(), schema);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @JsonProperty
    public Expr start() {
        return start;
    }

    @JsonProperty
    public Expr stop() {
        return stop;
    }

    /** The step, or null for 1. */
    @JsonProperty
    public Expr step() {
        return step;
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return this;
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitGenerateSeries(this);
    }

    @Override
    public String describe() {
        return "GenerateSeries(" + start + ", " + stop + (step != null ? ", " + step : "") + ")";
    }
}
