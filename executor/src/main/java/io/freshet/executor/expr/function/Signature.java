package io.freshet.executor.expr.function;

import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import java.util.Arrays;
import java.util.List;

/**
 * Argument kinds one overload of a function accepts, and how it treats NULL. A {@code null}
 * kind matches any argument; a variadic signature repeats its last kind any number of times
 * (zero included).
 */
public final class Signature {
    private final TypeKind[] args;
    private final boolean variadic;
    private final boolean strict;
    private final boolean deterministic;

    private Signature(TypeKind[] args, boolean variadic, boolean strict, boolean deterministic) {
        this.args = args;
        this.variadic = variadic;
        this.strict = strict;
        this.deterministic = deterministic;
    }

    /** Exactly these argument kinds ({@code null} = any); strict and deterministic. */
    public static Signature of(TypeKind... args) {
        return new Signature(args.clone(), false, true, true);
    }

    /** {@code n} arguments of any kind. */
    public static Signature any(int n) {
        return new Signature(new TypeKind[n], false, true, true);
    }

    /** The same signature with its last kind repeatable. */
    public Signature variadic() {
        return new Signature(args, true, strict, deterministic);
    }

    /** The same signature for a function that wants to see NULL arguments itself. */
    public Signature nonStrict() {
        return new Signature(args, variadic, false, deterministic);
    }

    /** The same signature for a function whose result can change between calls. */
    public Signature nondeterministic() {
        return new Signature(args, variadic, strict, false);
    }

    public boolean isStrict() {
        return strict;
    }

    public boolean isDeterministic() {
        return deterministic;
    }

    /** Whether arguments of these types fit. NULL-typed arguments fit any kind. */
    public boolean matches(List<DataType> argTypes) {
        if (variadic) {
            if (argTypes.size() < args.length - 1) {
                return false;
            }
        } else if (argTypes.size() != args.length) {
            return false;
        }
        for (int i = 0; i < argTypes.size(); i++) {
            TypeKind want = i < args.length ? args[i] : args.length == 0 ? null : args[args.length - 1];
            TypeKind have = argTypes.get(i).kind();
            if (want != null && have != want && have != TypeKind.NULL) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return Arrays.toString(args) + (variadic ? "..." : "");
    }
}
