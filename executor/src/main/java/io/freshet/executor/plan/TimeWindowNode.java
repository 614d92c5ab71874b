package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.Field;
import java.util.List;

/**
 * Assigns each row to its TUMBLE or HOP time windows: the output is the input row followed by
 * {@code window_start} and {@code window_end}, once per window containing the row's time
 * ({@code size / slide} windows for HOP, one for TUMBLE, where slide = size). Windows start at
 * multiples of {@code slide} from the epoch shifted by {@code offset}. A row whose time is NULL
 * is in no window. Linear and stateless.
 */
public final class TimeWindowNode extends PlanNode {
    private final int timeColumn;
    private final long slideMicros;
    private final long sizeMicros;
    private final long offsetMicros;

    @JsonCreator
    public TimeWindowNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("schema") List<Field> schema,
            @JsonProperty("timeColumn") int timeColumn, @JsonProperty("slideMicros") long slideMicros,
            @JsonProperty("sizeMicros") long sizeMicros, @JsonProperty("offsetMicros") long offsetMicros) {
        super(inputs, schema);
        if (slideMicros <= 0 || sizeMicros <= 0 || sizeMicros % slideMicros != 0) {
            throw new IllegalArgumentException("window size must be a positive multiple of the slide");
        }
        this.timeColumn = timeColumn;
        this.slideMicros = slideMicros;
        this.sizeMicros = sizeMicros;
        this.offsetMicros = offsetMicros;
    }

    @JsonProperty
    public int timeColumn() {
        return timeColumn;
    }

    @JsonProperty
    public long slideMicros() {
        return slideMicros;
    }

    @JsonProperty
    public long sizeMicros() {
        return sizeMicros;
    }

    @JsonProperty
    public long offsetMicros() {
        return offsetMicros;
    }

    /** Number of windows each row belongs to. */
    public int windowsPerRow() {
        return (int) (sizeMicros / slideMicros);
    }

    /** The starts of the windows containing time {@code t}, latest first. */
    public long[] windowStarts(long t) {
        long base = Math.floorDiv(t - offsetMicros, slideMicros) * slideMicros + offsetMicros;
        long[] starts = new long[windowsPerRow()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = base - i * slideMicros;
        }
        return starts;
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new TimeWindowNode(newInputs, schema(), timeColumn, slideMicros, sizeMicros, offsetMicros);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitTimeWindow(this);
    }

    @Override
    public String describe() {
        return (slideMicros == sizeMicros ? "Tumble(" : "Hop(slide=" + slideMicros + "us, ") + "time=$" + timeColumn
                + ", size=" + sizeMicros + "us" + (offsetMicros != 0 ? ", offset=" + offsetMicros + "us" : "") + ")";
    }
}
