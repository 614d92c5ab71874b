package io.freshet.executor.expr.function;

import io.freshet.executor.type.DataType;
import io.freshet.executor.value.ValueComparator;
import java.util.List;

/**
 * Comparison operators {@code = <> < <= > >=} and {@code IS [NOT] DISTINCT FROM} for two
 * operands of the same type (the planner casts operands to a common type first).
 */
final class ComparisonFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.register("=", Signature.any(2), (types, ret) -> {
            DataType t = common(types);
            return (args, ctx) -> ValueComparator.compare(args[0], args[1], t) == 0;
        });
        r.register("<>", Signature.any(2), (types, ret) -> {
            DataType t = common(types);
            return (args, ctx) -> ValueComparator.compare(args[0], args[1], t) != 0;
        });
        r.register("<", Signature.any(2), (types, ret) -> {
            DataType t = common(types);
            return (args, ctx) -> ValueComparator.compare(args[0], args[1], t) < 0;
        });
        r.register("<=", Signature.any(2), (types, ret) -> {
            DataType t = common(types);
            return (args, ctx) -> ValueComparator.compare(args[0], args[1], t) <= 0;
        });
        r.register(">", Signature.any(2), (types, ret) -> {
            DataType t = common(types);
            return (args, ctx) -> ValueComparator.compare(args[0], args[1], t) > 0;
        });
        r.register(">=", Signature.any(2), (types, ret) -> {
            DataType t = common(types);
            return (args, ctx) -> ValueComparator.compare(args[0], args[1], t) >= 0;
        });
        r.register("is_distinct_from", Signature.any(2).nonStrict(), (types, ret) -> {
            DataType t = common(types);
            return (args, ctx) -> ValueComparator.compareNullable(args[0], args[1], t, false) != 0;
        });
        r.register("is_not_distinct_from", Signature.any(2).nonStrict(), (types, ret) -> {
            DataType t = common(types);
            return (args, ctx) -> ValueComparator.compareNullable(args[0], args[1], t, false) == 0;
        });
    }

    /** The operands' type; a NULL-typed operand takes the other's. */
    static DataType common(List<DataType> types) {
        DataType a = types.get(0);
        return a.kind() == io.freshet.executor.type.TypeKind.NULL ? types.get(1) : a;
    }
}
