package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * ORDER BY with OFFSET and LIMIT, for batch plans only (a view has no order; a view with a
 * LIMIT uses {@link TopNNode}). With no sort keys it only applies OFFSET/LIMIT.
 */
public final class SortNode extends PlanNode {
    /** Marker for "no LIMIT". */
    public static final long NO_LIMIT = -1;

    private final List<SortKey> keys;
    private final long offset;
    private final long limit;

    @JsonCreator
    public SortNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("keys") List<SortKey> keys,
            @JsonProperty("offset") long offset, @JsonProperty("limit") long limit) {
        super(inputs, inputs.get(0).schema());
        this.keys = List.copyOf(keys);
        this.offset = offset;
        this.limit = limit;
    }

    public SortNode(PlanNode input, List<SortKey> keys, long offset, long limit) {
        this(List.of(input), keys, offset, limit);
    }

    @JsonProperty
    public List<SortKey> keys() {
        return keys;
    }

    @JsonProperty
    public long offset() {
        return offset;
    }

    /** Row limit, or {@link #NO_LIMIT}. */
    @JsonProperty
    public long limit() {
        return limit;
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new SortNode(newInputs, keys, offset, limit);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitSort(this);
    }

    @Override
    public String describe() {
        return "Sort(keys=" + keys + (offset > 0 ? ", offset=" + offset : "") + (limit >= 0 ? ", limit=" + limit : "")
                + ")";
    }
}
