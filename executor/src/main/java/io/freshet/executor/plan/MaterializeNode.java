package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Root of a materialized view's stream plan: stores the view's rows in its state table, keyed
 * by {@link #keyColumns()} when they are unique, else by the whole row with a count of
 * duplicates, and passes the consolidated changes on to views defined on this one.
 */
public final class MaterializeNode extends PlanNode {
    private final long objectId;
    private final List<Integer> keyColumns;
    private final int stateTableId;

    /**
     * @param keyColumns the unique key of the view's rows (empty for a view of at most one
     *     row, such as a global aggregate), or null to store whole rows with a count
     */
    @JsonCreator
    public MaterializeNode(@JsonProperty("inputs") List<PlanNode> inputs, @JsonProperty("objectId") long objectId,
            @JsonProperty("keyColumns") List<Integer> keyColumns, @JsonProperty("stateTableId") int stateTableId) {
        super(inputs, inputs.get(0).schema());
        this.objectId = objectId;
        this.keyColumns = keyColumns == null ? null : List.copyOf(keyColumns);
        this.stateTableId = stateTableId;
    }

    /** Catalog id of the view. */
    @JsonProperty
    public long objectId() {
        return objectId;
    }

    /** Unique key of the view's rows, or null when rows are stored whole with a count. */
    @JsonProperty
    public List<Integer> keyColumns() {
        return keyColumns;
    }

    @JsonProperty
    public int stateTableId() {
        return stateTableId;
    }

    public boolean hasUniqueKey() {
        return keyColumns != null;
    }

    public MaterializeNode withStateTable(int id) {
        return new MaterializeNode(inputs(), objectId, keyColumns, id);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new MaterializeNode(newInputs, objectId, keyColumns, stateTableId);
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitMaterialize(this);
    }

    @Override
    public String describe() {
        return "Materialize(key=" + (keyColumns == null ? "row" : keyColumns) + ")";
    }
}
