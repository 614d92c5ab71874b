package io.freshet.executor.expr.function;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.type.TypeKind;

/**
 * Arithmetic operators on numbers of one type ({@code + - * / %} and unary {@code neg}),
 * with PostgreSQL's errors: integer overflow is 22003, division by zero 22012, and integer
 * division truncates toward zero.
 */
final class ArithmeticFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.registerSimple("+", Signature.of(TypeKind.INTEGER, TypeKind.INTEGER), (a, c) -> {
            try {
                return Math.addExact((Integer) a[0], (Integer) a[1]);
            } catch (ArithmeticException e) {
                throw outOfRange("integer");
            }
        });
        r.registerSimple("+", Signature.of(TypeKind.BIGINT, TypeKind.BIGINT), (a, c) -> {
            try {
                return Math.addExact((Long) a[0], (Long) a[1]);
            } catch (ArithmeticException e) {
                throw outOfRange("bigint");
            }
        });
        r.registerSimple("-", Signature.of(TypeKind.INTEGER, TypeKind.INTEGER), (a, c) -> {
            try {
                return Math.subtractExact((Integer) a[0], (Integer) a[1]);
            } catch (ArithmeticException e) {
                throw outOfRange("integer");
            }
        });
        r.registerSimple("*", Signature.of(TypeKind.INTEGER, TypeKind.INTEGER), (a, c) -> {
            try {
                return Math.multiplyExact((Integer) a[0], (Integer) a[1]);
            } catch (ArithmeticException e) {
                throw outOfRange("integer");
            }
        });
        r.registerSimple("/", Signature.of(TypeKind.INTEGER, TypeKind.INTEGER), (a, c) -> {
            int d = (Integer) a[1];
            if (d == 0) {
                throw new FreshetException(SqlState.DIVISION_BY_ZERO, "division by zero");
            }
            if (d == -1 && (Integer) a[0] == Integer.MIN_VALUE) {
                throw outOfRange("integer");
            }
            return (Integer) a[0] / d;
        });
    }

    static FreshetException outOfRange(String typeName) {
        return new FreshetException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, typeName + " out of range");
    }
}
