package io.freshet.executor.aggregate;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.plan.AggCall;
import io.freshet.executor.type.DataType;
import java.util.ArrayList;
import java.util.List;

/** Creates the {@link AggregateFunction} for an {@link AggCall} given its input row's types. */
public final class AggregateFunctions {
    private AggregateFunctions() {
    }

    /**
     * The function for {@code call}; ORDER BY positions in the call refer to input fields and
     * are turned into positions among the call's arguments followed by its order fields (see
     * {@link #argumentFields(AggCall)}).
     *
     * @throws FreshetException 0A000 for an aggregate Freshet does not implement
     */
    public static AggregateFunction create(AggCall call, List<DataType> inputTypes) {
        List<DataType> argTypes = new ArrayList<>();
        for (int a : call.args()) {
            argTypes.add(inputTypes.get(a));
        }
        DataType result = call.type();
        switch (call.function()) {
            case "count_star":
            case "count":
                return new CountFunction();
            case "sum":
                return new SumFunction(result, false);
            case "sum0":
                return new SumFunction(result, true);
            case "avg":
                return new AvgFunction(result);
            case "min":
                return new ExtremeFunction(argTypes.get(0), false);
            case "max":
                return new ExtremeFunction(argTypes.get(0), true);
            case "bool_and":
            case "every":
                return new BoolFunction(true);
            case "bool_or":
                return new BoolFunction(false);
            case "string_agg":
                return new StringAggFunction(orderAmongArguments(call));
            case "array_agg":
                return new ArrayAggFunction(argTypes.get(0), orderAmongArguments(call));
            default:
                throw new FreshetException(SqlState.FEATURE_NOT_SUPPORTED,
                        "aggregate function " + call.function() + " is not supported");
        }
    }

    /**
     * Input fields a call reads, in the order its function sees them: the arguments, then the
     * fields of its ORDER BY that are not arguments.
     */
    public static List<Integer> argumentFields(AggCall call) {
        List<Integer> fields = new ArrayList<>(call.args());
        for (var k : call.orderBy()) {
            if (!fields.contains(k.column())) {
                fields.add(k.column());
            }
        }
        return fields;
    }

    private static List<io.freshet.executor.plan.SortKey> orderAmongArguments(AggCall call) {
        List<Integer> fields = argumentFields(call);
        List<io.freshet.executor.plan.SortKey> out = new ArrayList<>();
        for (var k : call.orderBy()) {
            out.add(k.withColumn(fields.indexOf(k.column())));
        }
        return out;
    }
}
