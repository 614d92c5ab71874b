package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.DataType;
import java.util.List;

/**
 * One window function of a {@link WindowNode}: a ranking function ({@code row_number, rank,
 * dense_rank, percent_rank, cume_dist, ntile}), an offset function ({@code lag, lead,
 * first_value, last_value, nth_value}) or an aggregate over a frame. The frame is ROWS or RANGE
 * between two bounds, each an offset from the current row: {@link #UNBOUNDED_PRECEDING},
 * {@link #UNBOUNDED_FOLLOWING}, 0 for CURRENT ROW, negative for N PRECEDING, positive for N
 * FOLLOWING (RANGE frames support only unbounded and CURRENT ROW bounds).
 */
public final class WindowCall {
    public static final long UNBOUNDED_PRECEDING = Long.MIN_VALUE;
    public static final long UNBOUNDED_FOLLOWING = Long.MAX_VALUE;

    private final String function;
    private final List<Integer> args;
    private final DataType type;
    private final boolean rows;
    private final long lower;
    private final long upper;

    @JsonCreator
    public WindowCall(@JsonProperty("function") String function, @JsonProperty("args") List<Integer> args,
            @JsonProperty("type") DataType type, @JsonProperty("rows") boolean rows,
            @JsonProperty("lower") long lower, @JsonProperty("upper") long upper) {
        this.function = function;
        this.args = List.copyOf(args);
        this.type = type;
        this.rows = rows;
        this.lower = lower;
        this.upper = upper;
    }

    @JsonProperty
    public String function() {
        return function;
    }

    /** Argument fields of the input (for lag/lead: value, then optional offset and default fields). */
    @JsonProperty
    public List<Integer> args() {
        return args;
    }

    @JsonProperty
    public DataType type() {
        return type;
    }

    /** ROWS frame if true, RANGE frame if false. */
    @JsonProperty
    public boolean rows() {
        return rows;
    }

    @JsonProperty
    public long lower() {
        return lower;
    }

    @JsonProperty
    public long upper() {
        return upper;
    }

    @Override
    public String toString() {
        return function + args + (rows ? " ROWS" : " RANGE") + "[" + bound(lower) + ", " + bound(upper) + "]";
    }

    private static String bound(long b) {
        if (b == UNBOUNDED_PRECEDING) {
            return "unbounded preceding";
        }
        if (b == UNBOUNDED_FOLLOWING) {
            return "unbounded following";
        }
        if (b == 0) {
            return "current row";
        }
        return b < 0 ? (-b) + " preceding" : b + " following";
    }
}
