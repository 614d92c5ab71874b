package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * One aggregate function call of an {@link AggregateNode}: the function
 * ({@code count_star, count, sum, sum0, avg, min, max, bool_and, bool_or, string_agg,
 * array_agg, ...}), its argument fields, DISTINCT, an optional FILTER field (a BOOLEAN input
 * field; -1 for none), an optional ORDER BY inside the call, and the result type. Calls whose
 * state is more than a few values (MIN/MAX under deletes, DISTINCT, STRING_AGG) own a state
 * table, whose id the catalog assigns.
 */
public final class AggCall {
    private final String function;
    private final List<Integer> args;
    private final boolean distinct;
    private final int filterArg;
    private final List<SortKey> orderBy;
    private final DataType type;
    private final int stateTableId;

    @JsonCreator
    public AggCall(@JsonProperty("function") String function, @JsonProperty("args") List<Integer> args,
            @JsonProperty("distinct") boolean distinct, @JsonProperty("filterArg") int filterArg,
            @JsonProperty("orderBy") List<SortKey> orderBy, @JsonProperty("type") DataType type,
            @JsonProperty("stateTableId") int stateTableId) {
        this.function = function;
        this.args = List.copyOf(args);
        this.distinct = distinct;
        this.filterArg = filterArg;
        this.orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
        this.type = type;
        this.stateTableId = stateTableId;
    }

    public AggCall(String function, List<Integer> args, boolean distinct, int filterArg, List<SortKey> orderBy,
            DataType type) {
        this(function, args, distinct, filterArg, orderBy, type, 0);
    }

    @JsonProperty
    public String function() {
        return function;
    }

    @JsonProperty
    public List<Integer> args() {
        return args;
    }

    @JsonProperty
    public boolean distinct() {
        return distinct;
    }

    @JsonProperty
    public int filterArg() {
        return filterArg;
    }

    @JsonProperty
    public List<SortKey> orderBy() {
        return orderBy;
    }

    @JsonProperty
    public DataType type() {
        return type;
    }

    @JsonProperty
    public int stateTableId() {
        return stateTableId;
    }

    public AggCall withStateTableId(int id) {
        return new AggCall(function, args, distinct, filterArg, orderBy, type, id);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(function).append('(');
        if (distinct) {
            b.append("DISTINCT ");
        }
        for (int i = 0; i < args.size(); i++) {
            b.append(i > 0 ? ", $" : "$").append(args.get(i));
        }
        if (!orderBy.isEmpty()) {
            b.append(" ORDER BY ").append(orderBy);
        }
        b.append(')');
        if (filterArg >= 0) {
            b.append(" FILTER $").append(filterArg);
        }
        return b.toString();
    }
}
