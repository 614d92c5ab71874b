package io.freshet.executor.expr.function;

import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ValueText;

/** {@code cast}: conversions between types, with the target as the call's result type. */
final class CastFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.register("cast", Signature.any(1), (types, ret) -> {
            DataType from = types.get(0);
            if (from.equals(ret)) {
                return (a, c) -> a[0];
            }
            if (ret.kind() == TypeKind.VARCHAR) {
                return (a, c) -> ValueText.format(a[0], from, c);
            }
            if (from.kind() == TypeKind.VARCHAR) {
                return (a, c) -> ValueText.parse((String) a[0], ret, c);
            }
            if (from.kind() == TypeKind.INTEGER && ret.kind() == TypeKind.BIGINT) {
                return (a, c) -> (long) (Integer) a[0];
            }
            return null;
        });
    }
}
