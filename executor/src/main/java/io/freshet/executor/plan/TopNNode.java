package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.Field;
import java.util.List;

/**
 * The first {@code limit} rows after {@code offset} in ORDER BY order, globally or per group
 * of {@code groupKeys} (ORDER BY ... LIMIT, and {@code ROW_NUMBER() OVER (PARTITION BY ...
 * ORDER BY ...) <= N}). Ties beyond the limit are cut in an arbitrary but stable order. With
 * {@link #appendRowNumber()} the output has a last BIGINT field with each row's 1-based
 * position in its group. Stateful: all rows of each group live in its state table, in order.
 */
public final class TopNNode extends PlanNode {
    private final List<Integer> groupKeys;
    private final List<SortKey> order;
    private final long offset;
    private final long limit;
    private final boolean appendRowNumber;
    private final int stateTableId;

    @JsonCreator
    public TopNNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("schema") List<Field> schema,
            @JsonProperty("groupKeys") List<Integer> groupKeys, @JsonProperty("order") List<SortKey> order,
            @JsonProperty("offset") long offset, @JsonProperty("limit") long limit,
            @JsonProperty("appendRowNumber") boolean appendRowNumber, @JsonProperty("stateTableId") int stateTableId) {
        super(inputs, schema);
        this.groupKeys = List.copyOf(groupKeys);
        this.order = List.copyOf(order);
        this.offset = offset;
        this.limit = limit;
        this.appendRowNumber = appendRowNumber;
        this.stateTableId = stateTableId;
    }

    @JsonProperty
    public List<Integer> groupKeys() {
        return groupKeys;
    }

    @JsonProperty
    public List<SortKey> order() {
        return order;
    }

    @JsonProperty
    public long offset() {
        return offset;
    }

    @JsonProperty
    public long limit() {
        return limit;
    }

    @JsonProperty
    public boolean appendRowNumber() {
        return appendRowNumber;
    }

    @JsonProperty
    public int stateTableId() {
        return stateTableId;
    }

    public TopNNode withStateTable(int id) {
        return new TopNNode(inputs(), schema(), groupKeys, order, offset, limit, appendRowNumber, id);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new TopNNode(newInputs, schema(), groupKeys, order, offset, limit, appendRowNumber, stateTableId);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitTopN(this);
    }

    @Override
    public String describe() {
        return "TopN(" + (groupKeys.isEmpty() ? "" : "group=" + groupKeys + ", ") + "order=" + order
                + (offset > 0 ? ", offset=" + offset : "") + ", limit=" + limit
                + (appendRowNumber ? ", rowNumber" : "") + ")";
    }
}
