package io.freshet.executor.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.freshet.executor.type.Field;
import java.util.List;

/**
 * Reads a stored relation (a table or a materialized view) by catalog id.
 *
 * <p>In a stream plan it is the relation's change stream (after the view's backfill from the
 * relation's contents at creation). In a batch plan it is a scan of the committed contents,
 * narrowed by an optional {@link ScanRange} on the relation's storage key. With
 * {@link #withRowId()} the scan appends the hidden row id of a table without a primary key as
 * a last BIGINT field (UPDATE and DELETE use it to find rows).
 */
public final class ScanNode extends PlanNode {
    private final long objectId;
    private final String objectName;
    private final List<Integer> keyColumns;
    private final ScanRange range;
    private final boolean withRowId;

    @JsonCreator
    public ScanNode(@JsonProperty("objectId") long objectId, @JsonProperty("objectName") String objectName,
            @JsonProperty("schema") List<Field> schema, @JsonProperty("keyColumns") List<Integer> keyColumns,
            @JsonProperty("range") ScanRange range, @JsonProperty("withRowId") boolean withRowId) {
        super(List.of(), schema);
        this.objectId = objectId;
        this.objectName = objectName;
        this.keyColumns = keyColumns == null ? null : List.copyOf(keyColumns);
        this.range = range;
        this.withRowId = withRowId;
    }

    public ScanNode(long objectId, String objectName, List<Field> schema, List<Integer> keyColumns) {
        this(objectId, objectName, schema, keyColumns, null, false);
    }

    @JsonProperty
    public long objectId() {
        return objectId;
    }

    @JsonProperty
    public String objectName() {
        return objectName;
    }

    /**
     * Fields that form the relation's unique storage key, in key order; null when the relation
     * has no unique key (a table without a primary key, a view stored as counted rows).
     */
    @JsonProperty
    public List<Integer> keyColumns() {
        return keyColumns;
    }

    /** Key range for a batch scan, or null for all rows. */
    @JsonProperty
    public ScanRange range() {
        return range;
    }

    @JsonProperty
    public boolean withRowId() {
        return withRowId;
    }

    public ScanNode withRange(ScanRange newRange) {
        return new ScanNode(objectId, objectName, schema(), keyColumns, newRange, withRowId);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return this;
    }

    @Override
    public <R> R accept(PlanVisitor<R> visitor) {
        return visitor.visitScan(this);
    }

    @Override
    public String describe() {
        return "Scan(" + objectName + (range != null ? ", range=" + range : "") + (withRowId ? ", withRowId" : "") + ")";
    }
}
