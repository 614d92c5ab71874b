package io.freshet.executor.expr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.chunk.RowView;
import io.freshet.executor.expr.function.FunctionRegistry;
import io.freshet.executor.expr.function.ScalarFunction;
import io.freshet.executor.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Call of a named scalar function or operator ({@code +}, {@code lower}, {@code cast}, ...).
 * The implementation is resolved from the {@link FunctionRegistry} by name, argument types and
 * result type when the call is built, so an unknown function fails at plan time.
 */
public final class Call extends Expr {
    private final String function;
    private final List<Expr> args;
    private final DataType type;
    private final transient ScalarFunction impl;
    private final transient Expr[] argArray;

    @JsonCreator
    public Call(@JsonProperty("function") String function, @JsonProperty("args") List<Expr> args,
            @JsonProperty("type") DataType type) {
        this.function = function;
        this.args = List.copyOf(args);
        this.type = type;
        this.argArray = this.args.toArray(new Expr[0]);
        List<DataType> argTypes = new ArrayList<>(args.size());
        for (Expr a : args) {
            argTypes.add(a.type());
        }
        this.impl = FunctionRegistry.resolve(function, argTypes, type);
    }

    /** Convenience: a call with arguments given inline. */
    public static Call of(String function, DataType type, Expr... args) {
        return new Call(function, List.of(args), type);
    }

    @JsonProperty
    public String function() {
        return function;
    }

    @JsonProperty
    public List<Expr> args() {
        return args;
    }

    @JsonProperty
    @Override
    public DataType type() {
        return type;
    }

    @Override
    public Object eval(RowView row, EvalContext ctx) {
        Object[] values = new Object[argArray.length];
        boolean strict = impl.isStrict();
        for (int i = 0; i < values.length; i++) {
            Object v = argArray[i].eval(row, ctx);
            if (v == null && strict) {
                return null;
            }
            values[i] = v;
        }
        return impl.apply(values, ctx);
    }

    @Override
    public boolean isDeterministic() {
        if (!impl.isDeterministic()) {
            return false;
        }
        for (Expr a : args) {
            if (!a.isDeterministic()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCall(this);
    }

    @Override
    public String toString() {
        if (function.equals("cast") && args.size() == 1) {
            return "CAST(" + args.get(0) + " AS " + type + ")";
        }
        if (args.size() == 2 && !Character.isLetter(function.charAt(0))) {
            return "(" + args.get(0) + " " + function + " " + args.get(1) + ")";
        }
        StringBuilder b = new StringBuilder(function).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(args.get(i));
        }
        return b.append(')').toString();
    }
}
