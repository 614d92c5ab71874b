package io.freshet.executor.expr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * Searched CASE: the result of the first WHEN condition that is TRUE (NULL counts as not
 * true), else the ELSE result. Only the chosen branch is evaluated, so
 * {@code CASE WHEN x <> 0 THEN 1 / x END} never divides by zero.
 */
public final class Case extends Expr {
    private final List<Expr> conditions;
    private final List<Expr> results;
    private final Expr otherwise;
    private final DataType type;

    @JsonCreator
    public Case(@JsonProperty("conditions") List<Expr> conditions, @JsonProperty("results") List<Expr> results,
            @JsonProperty("otherwise") Expr otherwise, @JsonProperty("type") DataType type) {
        if (conditions.size() != results.size()) {
            throw new IllegalArgumentException("CASE needs one result per condition");
        }
        this.conditions = List.copyOf(conditions);
        this.results = List.copyOf(results);
        this.otherwise = otherwise;
        this.type = type;
    }

    @JsonProperty
    public List<Expr> conditions() {
        return conditions;
    }

    @JsonProperty
    public List<Expr> results() {
        return results;
    }

    /** The ELSE result (a NULL literal when the query has no ELSE). */
    @JsonProperty
    public Expr otherwise() {
        return otherwise;
    }

    @JsonProperty
    @Override
    public DataType type() {
        return type;
    }

    @Override
    public Object eval(RowView row, EvalContext ctx) {
        for (int i = 0; i < conditions.size(); i++) {
            if (Boolean.TRUE.equals(conditions.get(i).eval(row, ctx))) {
                return results.get(i).eval(row, ctx);
            }
        }
        return otherwise.eval(row, ctx);
    }

    @Override
    public boolean isDeterministic() {
        return conditions.stream().allMatch(Expr::isDeterministic) && results.stream().allMatch(Expr::isDeterministic)
                && otherwise.isDeterministic();
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCase(this);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("CASE");
        for (int i = 0; i < conditions.size(); i++) {
            b.append(" WHEN ").append(conditions.get(i)).append(" THEN ").append(results.get(i));
        }
        return b.append(" ELSE ").append(otherwise).append(" END").toString();
    }
}
