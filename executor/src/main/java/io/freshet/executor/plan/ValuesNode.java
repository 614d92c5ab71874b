package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.type.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Constant rows (VALUES). Each row is a list of expressions without input references, so
 * prepared statements can use parameters. In a stream plan the rows are inserted once, when
 * the view is created.
 */
public final class ValuesNode extends PlanNode {
    private final List<List<Expr>> rows;

    @JsonCreator
    public ValuesNode(@JsonProperty("schema") List<Field> schema, @JsonProperty("rows") List<List<Expr>> rows) {
        super(List.of(), schema);
        List<List<Expr>> copy = new ArrayList<>(rows.size());
        for (List<Expr> r : rows) {
            copy.add(List.copyOf(r));
        }
        this.rows = List.copyOf(copy);
    }

    @JsonProperty
    public List<List<Expr>> rows() {
        return rows;
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return this;
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitValues(this);
    }

    @Override
    public String describe() {
        return "Values(rows=" + rows.size() + ")";
    }
}
