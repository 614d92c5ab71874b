package io.freshet.executor.expr.function;

import static io.freshet.executor.type.TypeKind.ARRAY;
import static io.freshet.executor.type.TypeKind.INTEGER;
import static io.freshet.executor.type.TypeKind.VARCHAR;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.type.DataType;
import io.freshet.executor.value.ArrayValue;
import io.freshet.executor.value.ValueComparator;
import io.freshet.executor.value.ValueText;
import java.util.ArrayList;
import java.util.List;

/**
 * Array functions: element access {@code item} (1-based, NULL out of range),
 * {@code array_length}, {@code cardinality}, {@code array_lower}, {@code array_upper},
 * {@code array_position}, {@code array_append}, {@code array_prepend}, {@code array_cat} and
 * {@code ||}, {@code array_remove}, {@code array_to_string}, {@code string_to_array}, and the
 * containment operators {@code @>}, {@code <@}, {@code &&} (also as {@code array_contains}).
 */
final class ArrayFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.registerSimple("item", Signature.of(ARRAY, INTEGER), (a, c) -> {
            ArrayValue arr = (ArrayValue) a[0];
            int i = (Integer) a[1];
            return i >= 1 && i <= arr.length() ? arr.get(i - 1) : null;
        });
        r.registerSimple("array_length", Signature.of(ARRAY, INTEGER), (a, c) -> {
            ArrayValue arr = (ArrayValue) a[0];
            int dim = (Integer) a[1];
            for (int d = 1; d < dim; d++) {
                if (arr.length() == 0 || !(arr.get(0) instanceof ArrayValue)) {
                    return null;
                }
                arr = (ArrayValue) arr.get(0);
            }
            return dim < 1 || arr.length() == 0 ? null : arr.length();
        });
        r.registerSimple("array_lower", Signature.of(ARRAY, INTEGER), (a, c) ->
                (Integer) a[1] == 1 && ((ArrayValue) a[0]).length() > 0 ? 1 : null);
        r.registerSimple("array_upper", Signature.of(ARRAY, INTEGER), (a, c) ->
                (Integer) a[1] == 1 && ((ArrayValue) a[0]).length() > 0 ? ((ArrayValue) a[0]).length() : null);
        r.registerSimple("cardinality", Signature.of(ARRAY), (a, c) -> cardinality((ArrayValue) a[0]));
        r.register("array_position", Signature.of(ARRAY, null).nonStrict(), (types, ret) -> {
            DataType element = types.get(0).elementType();
            return (a, c) -> {
                if (a[0] == null) {
                    return null;
                }
                ArrayValue arr = (ArrayValue) a[0];
                for (int i = 0; i < arr.length(); i++) {
                    if (ValueComparator.compareNullable(arr.get(i), a[1], element, false) == 0) {
                        return i + 1;
                    }
                }
                return null;
            };
        });
        r.register("array_append", Signature.of(ARRAY, null).nonStrict(), (types, ret) -> (a, c) -> {
            Object[] base = a[0] == null ? new Object[0] : ((ArrayValue) a[0]).toArray();
            Object[] out = java.util.Arrays.copyOf(base, base.length + 1);
            out[base.length] = a[1];
            return ArrayValue.wrap(out);
        });
        r.register("array_prepend", Signature.of(null, ARRAY).nonStrict(), (types, ret) -> (a, c) -> {
            Object[] base = a[1] == null ? new Object[0] : ((ArrayValue) a[1]).toArray();
            Object[] out = new Object[base.length + 1];
            out[0] = a[0];
            System.arraycopy(base, 0, out, 1, base.length);
            return ArrayValue.wrap(out);
        });
        ImplFactory cat = (types, ret) -> (a, c) -> {
            if (a[0] == null) {
                return a[1];
            }
            if (a[1] == null) {
                return a[0];
            }
            Object[] x = ((ArrayValue) a[0]).toArray();
            Object[] y = ((ArrayValue) a[1]).toArray();
            Object[] out = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, out, x.length, y.length);
            return ArrayValue.wrap(out);
        };
        r.register("array_cat", Signature.of(ARRAY, ARRAY).nonStrict(), cat);
        r.register("||", Signature.of(ARRAY, ARRAY).nonStrict(), cat);
        r.register("array_remove", Signature.of(ARRAY, null).nonStrict(), (types, ret) -> {
            DataType element = types.get(0).elementType();
            return (a, c) -> {
                if (a[0] == null) {
                    return null;
                }
                ArrayValue arr = (ArrayValue) a[0];
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < arr.length(); i++) {
                    if (ValueComparator.compareNullable(arr.get(i), a[1], element, false) != 0) {
                        out.add(arr.get(i));
                    }
                }
                return ArrayValue.wrap(out.toArray());
            };
        });
        r.register("array_to_string", Signature.of(ARRAY, VARCHAR), (types, ret) -> toString(types.get(0)));
        r.register("array_to_string", Signature.of(ARRAY, VARCHAR, VARCHAR).nonStrict(), (types, ret) -> toString(types.get(0)));
        r.registerSimple("string_to_array", Signature.of(VARCHAR, VARCHAR).nonStrict(), (a, c) ->
                a[0] == null ? null : split((String) a[0], (String) a[1], null));
        r.registerSimple("string_to_array", Signature.of(VARCHAR, VARCHAR, VARCHAR).nonStrict(), (a, c) ->
                a[0] == null ? null : split((String) a[0], (String) a[1], (String) a[2]));
        for (String name : new String[] {"@>", "array_contains"}) {
            r.register(name, Signature.of(ARRAY, ARRAY), (types, ret) -> {
                DataType e = types.get(0).elementType();
                return (a, c) -> containsAll((ArrayValue) a[0], (ArrayValue) a[1], e);
            });
        }
        r.register("<@", Signature.of(ARRAY, ARRAY), (types, ret) -> {
            DataType e = types.get(0).elementType();
            return (a, c) -> containsAll((ArrayValue) a[1], (ArrayValue) a[0], e);
        });
        r.register("&&", Signature.of(ARRAY, ARRAY), (types, ret) -> {
            DataType e = types.get(0).elementType();
            return (a, c) -> {
                ArrayValue x = (ArrayValue) a[0];
                ArrayValue y = (ArrayValue) a[1];
                for (int i = 0; i < y.length(); i++) {
                    if (y.get(i) != null && indexOf(x, y.get(i), e) >= 0) {
                        return true;
                    }
                }
                return false;
            };
        });
    }

    private static int cardinality(ArrayValue a) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.get(i) instanceof ArrayValue ? cardinality((ArrayValue) a.get(i)) : 1;
        }
        return n;
    }

    private static ScalarImpl toString(DataType arrayType) {
        DataType element = arrayType.elementType();
        return (a, c) -> {
            if (a[0] == null || a[1] == null) {
                return null;
            }
            ArrayValue arr = (ArrayValue) a[0];
            String delim = (String) a[1];
            String nullText = a.length > 2 ? (String) a[2] : null;
            StringBuilder b = new StringBuilder();
            boolean first = true;
            for (int i = 0; i < arr.length(); i++) {
                Object v = arr.get(i);
                if (v == null && nullText == null) {
                    continue;
                }
                if (!first) {
                    b.append(delim);
                }
                b.append(v == null ? nullText : ValueText.format(v, element, c));
                first = false;
            }
            return b.toString();
        };
    }

    private static ArrayValue split(String s, String delim, String nullText) {
        List<Object> out = new ArrayList<>();
        if (s.isEmpty()) {
            return ArrayValue.wrap(new Object[0]);
        }
        if (delim == null) {
            s.codePoints().forEach(cp -> out.add(nullOr(new String(Character.toChars(cp)), nullText)));
        } else if (delim.isEmpty()) {
            out.add(nullOr(s, nullText));
        } else {
            int i = 0;
            while (true) {
                int j = s.indexOf(delim, i);
                if (j < 0) {
                    out.add(nullOr(s.substring(i), nullText));
                    break;
                }
                out.add(nullOr(s.substring(i, j), nullText));
                i = j + delim.length();
            }
        }
        return ArrayValue.wrap(out.toArray());
    }

    private static Object nullOr(String s, String nullText) {
        return nullText != null && s.equals(nullText) ? null : s;
    }

    private static int indexOf(ArrayValue a, Object v, DataType element) {
        for (int i = 0; i < a.length(); i++) {
            if (a.get(i) != null && ValueComparator.compare(a.get(i), v, element) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsAll(ArrayValue a, ArrayValue b, DataType element) {
        for (int i = 0; i < b.length(); i++) {
            if (b.get(i) == null || indexOf(a, b.get(i), element) < 0) {
                return false;
            }
        }
        return true;
    }

    static FreshetException subscriptError() {
        return new FreshetException(SqlState.ARRAY_SUBSCRIPT_ERROR, "array subscript out of range");
    }
}
