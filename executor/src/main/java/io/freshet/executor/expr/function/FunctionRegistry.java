package io.freshet.executor.expr.function;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.type.DataType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * All scalar functions and operators by name, each with its overloads. A call resolves to the
 * first registered overload whose {@link Signature} matches the argument types.
 *
 * <p>Naming: operators keep their SQL symbol ({@code +}, {@code -}, {@code *}, {@code /},
 * {@code %}, {@code =}, {@code <>}, {@code <}, {@code <=}, {@code >}, {@code >=},
 * {@code ||}); unary minus is {@code neg}; casts are {@code cast} (the target is the call's
 * result type); other functions use PostgreSQL's lower-case names. The libraries that fill
 * the registry are listed in {@link #LIBRARIES}.
 */
public final class FunctionRegistry {
    /** Something that adds a family of functions to the registry. */
    public interface Library {
        void register(FunctionRegistry registry);
    }

    private static final class Overload {
        final Signature signature;
        final ImplFactory factory;

        Overload(Signature signature, ImplFactory factory) {
            this.signature = signature;
            this.factory = factory;
        }
    }

    private static final List<Library> LIBRARIES = List.of(
            new ComparisonFunctions(),
            new ArithmeticFunctions(),
            new BooleanFunctions(),
            new CastFunctions(),
            new MathFunctions(),
            new TrigFunctions(),
            new StringFunctions(),
            new PatternFunctions(),
            new ConditionalFunctions(),
            new DateTimeFunctions(),
            new ArrayFunctions(),
            new JsonbFunctions(),
            new EncodingFunctions());

    private static final FunctionRegistry INSTANCE = new FunctionRegistry();

    private final Map<String, List<Overload>> functions = new HashMap<>();

    private FunctionRegistry() {
        for (Library library : LIBRARIES) {
            library.register(this);
        }
    }

    /** Adds an overload whose implementation depends on the concrete types. */
    public void register(String name, Signature signature, ImplFactory factory) {
        functions.computeIfAbsent(name, n -> new ArrayList<>()).add(new Overload(signature, factory));
    }

    /** Adds an overload with one implementation for all matching types. */
    public void registerSimple(String name, Signature signature, ScalarImpl impl) {
        ImplFactory factory = (argTypes, returnType) -> impl;
        register(name, signature, factory);
    }

    /**
     * The implementation of {@code name} for these argument types and this result type.
     *
     * @throws FreshetException with {@link SqlState#UNDEFINED_FUNCTION} if no overload fits
     */
    public static ScalarFunction resolve(String name, List<DataType> argTypes, DataType returnType) {
        List<Overload> overloads = INSTANCE.functions.get(name);
        if (overloads != null) {
            for (Overload o : overloads) {
                if (o.signature.matches(argTypes)) {
                    ScalarImpl impl = o.factory.create(argTypes, returnType);
                    if (impl != null) {
                        return new ScalarFunction(name, impl, o.signature.isStrict(), o.signature.isDeterministic());
                    }
                }
            }
        }
        String args = argTypes.stream().map(DataType::toString).collect(Collectors.joining(", "));
        throw new FreshetException(SqlState.UNDEFINED_FUNCTION,
                "function " + name + "(" + args + ") does not exist"
                        + (returnType != null && name.equals("cast") ? " (cast to " + returnType + ")" : ""));
    }

    /** Whether any overload of {@code name} exists. */
    public static boolean exists(String name) {
        return INSTANCE.functions.containsKey(name);
    }
}
