package io.freshet.executor.expr.function;

import io.freshet.executor.type.TypeKind;

/** NOT and the IS [NOT] NULL / TRUE / FALSE / UNKNOWN tests. */
final class BooleanFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.registerSimple("not", Signature.of(TypeKind.BOOLEAN), (args, ctx) -> !(Boolean) args[0]);
        r.registerSimple("is_null", Signature.any(1).nonStrict(), (args, ctx) -> args[0] == null);
        r.registerSimple("is_not_null", Signature.any(1).nonStrict(), (args, ctx) -> args[0] != null);
        r.registerSimple("is_true", Signature.of(TypeKind.BOOLEAN).nonStrict(), (args, ctx) -> Boolean.TRUE.equals(args[0]));
        r.registerSimple("is_not_true", Signature.of(TypeKind.BOOLEAN).nonStrict(),
                (args, ctx) -> !Boolean.TRUE.equals(args[0]));
        r.registerSimple("is_false", Signature.of(TypeKind.BOOLEAN).nonStrict(), (args, ctx) -> Boolean.FALSE.equals(args[0]));
        r.registerSimple("is_not_false", Signature.of(TypeKind.BOOLEAN).nonStrict(),
                (args, ctx) -> !Boolean.FALSE.equals(args[0]));
    }
}
