package io.freshet.executor.expr.function;

import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ValueComparator;
import java.util.List;

/**
 * {@code nullif}, and the variadic {@code greatest} / {@code least} which ignore NULL
 * arguments and are NULL only when all are; all three see NULLs (non-strict).
 */
final class ConditionalFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.register("nullif", Signature.any(2).nonStrict(), (types, ret) -> {
            DataType t = ComparisonFunctions.common(types);
            return (a, c) -> a[0] != null && a[1] != null && ValueComparator.compare(a[0], a[1], t) == 0 ? null : a[0];
        });
        r.register("greatest", Signature.any(1).variadic().nonStrict(), (types, ret) -> extreme(types, ret, 1));
        r.register("least", Signature.any(1).variadic().nonStrict(), (types, ret) -> extreme(types, ret, -1));
    }

    private static ScalarImpl extreme(List<DataType> types, DataType ret, int direction) {
        DataType t = ret != null && ret.kind() != TypeKind.NULL ? ret : types.get(0);
        return (a, c) -> {
            Object best = null;
            for (Object v : a) {
                if (v != null && (best == null || ValueComparator.compare(v, best, t) * direction > 0)) {
                    best = v;
                }
            }
            return best;
        };
    }
}
