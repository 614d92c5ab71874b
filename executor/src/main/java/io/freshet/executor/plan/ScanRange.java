package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.expr.Expr;
import java.util.List;

/**
 * Range of a relation's storage key that a batch scan reads: equal values for the first
 * {@code prefix.size()} key columns, then optional bounds on the next key column. Values are
 * expressions without input references (literals or parameters), evaluated when the scan
 * starts; a NULL anywhere makes the range empty, as {@code k = NULL} matches nothing.
 */
public final class ScanRange {
    private final List<Expr> prefix;
    private final Expr lower;
    private final boolean lowerInclusive;
    private final Expr upper;
    private final boolean upperInclusive;

    @JsonCreator
    public ScanRange(@JsonProperty("prefix") List<Expr> prefix, @JsonProperty("lower") Expr lower,
            @JsonProperty("lowerInclusive") boolean lowerInclusive, @JsonProperty("upper") Expr upper,
            @JsonProperty("upperInclusive") boolean upperInclusive) {
        this.prefix = List.copyOf(prefix);
        this.lower = lower;
        this.lowerInclusive = lowerInclusive;
        this.upper = upper;
        this.upperInclusive = upperInclusive;
    }

    @JsonProperty
    public List<Expr> prefix() {
        return prefix;
    }

    /** Lower bound of the key column after the prefix, or null. */
    @JsonProperty
    public Expr lower() {
        return lower;
    }

    @JsonProperty
    public boolean lowerInclusive() {
        return lowerInclusive;
    }

    /** Upper bound of the key column after the prefix, or null. */
    @JsonProperty
    public Expr upper() {
        return upper;
    }

    @JsonProperty
    public boolean upperInclusive() {
        return upperInclusive;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("key");
        b.append(prefix);
        if (lower != null) {
            b.append(lowerInclusive ? " >= " : " > ").append(lower);
        }
        if (upper != null) {
            b.append(upperInclusive ? " <= " : " < ").append(upper);
        }
        return b.toString();
    }
}
