package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.Field;
import java.util.List;

/**
 * The rows ranked {@code offset + 1 .. offset + limit} in ORDER BY order, globally or per group
 * of {@code groupKeys}: ORDER BY ... LIMIT, and {@code ROW_NUMBER() / RANK() / DENSE_RANK()
 * OVER (PARTITION BY ... ORDER BY ...)} with a bound on the rank. The {@link #rankFunction()}
 * decides the rank: {@code row_number} (the position; ties beyond the limit are cut in an
 * arbitrary but stable order), {@code rank} (ties share the rank of the first of them, so all
 * tied rows are in or out together) or {@code dense_rank} (the number of distinct order keys so
 * far). With {@link #appendRowNumber()} the output has a last BIGINT field with each row's rank.
 * Stateful: all rows of each group live in its state table, in order.
 */
public final class TopNNode extends PlanNode {
    private final List<Integer> groupKeys;
    private final List<SortKey> order;
    private final long offset;
    private final long limit;
    private final boolean appendRowNumber;
    private final String rankFunction;
    private final int stateTableId;

    @JsonCreator
    public TopNNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("schema") List<Field> schema,
            @JsonProperty("groupKeys") List<Integer> groupKeys, @JsonProperty("order") List<SortKey> order,
            @JsonProperty("offset") long offset, @JsonProperty("limit") long limit,
            @JsonProperty("appendRowNumber") boolean appendRowNumber, @JsonProperty("rankFunction") String rankFunction,
            @JsonProperty("stateTableId") int stateTableId) {
        super(inputs, schema);
        this.groupKeys = List.copyOf(groupKeys);
        this.order = List.copyOf(order);
        this.offset = offset;
        this.limit = limit;
        this.appendRowNumber = appendRowNumber;
        this.rankFunction = rankFunction == null ? "row_number" : rankFunction;
        this.stateTableId = stateTableId;
    }

    /** A row_number top-N. */
    public TopNNode(List<PlanNode> inputs, List<Field> schema, List<Integer> groupKeys, List<SortKey> order,
            long offset, long limit, boolean appendRowNumber, int stateTableId) {
        this(inputs, schema, groupKeys, order, offset, limit, appendRowNumber, "row_number", stateTableId);
    }

    /** {@code row_number}, {@code rank} or {@code dense_rank}. */
    @JsonProperty
    public String rankFunction() {
        return rankFunction;
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
        return new TopNNode(inputs(), schema(), groupKeys, order, offset, limit, appendRowNumber, rankFunction, id);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new TopNNode(newInputs, schema(), groupKeys, order, offset, limit, appendRowNumber, rankFunction,
                stateTableId);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitTopN(this);
    }

    @Override
    public String describe() {
        return "TopN(" + (rankFunction.equals("row_number") ? "" : rankFunction + ", ")
                + (groupKeys.isEmpty() ? "" : "group=" + groupKeys + ", ") + "order=" + order
                + (offset > 0 ? ", offset=" + offset : "") + ", limit=" + limit
                + (appendRowNumber ? ", rowNumber" : "") + ")";
    }
}
