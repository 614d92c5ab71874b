package io.freshet.executor.runtime;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.catalog.TableDef;
import io.freshet.executor.state.RelationLayout;
import io.freshet.executor.stream.StreamOperator;
import io.freshet.storage.StateIterator;
import io.freshet.storage.StateTable;
import java.util.List;

/**
 * A table's storage and the source of its change stream: DML writes rows here through
 * {@link #insert} and {@link #delete}, and {@link #flushChanges()} passes them to the views
 * that read the table.
 */
public final class TableOperator extends StreamOperator {
    private final TableDef def;
    private final StateTable table;
    private final RelationLayout layout;
    private final ChunkBuilder changes;
    private long nextRowId = -1;

    public TableOperator(TableDef def, StateTable table) {
        super("Table(" + def.name() + ")");
        this.def = def;
        this.table = table;
        this.layout = layoutOf(def);
        this.changes = new ChunkBuilder(def.columns().size());
    }

    /** How a table's rows are stored. */
    public static RelationLayout layoutOf(TableDef def) {
        return def.hasPrimaryKey() ? RelationLayout.keyed(def.types(), def.primaryKey())
                : RelationLayout.rowId(def.types());
    }

    public TableDef def() {
        return def;
    }

    public StateTable table() {
        return table;
    }

    public RelationLayout layout() {
        return layout;
    }

    /** The stored row under {@code key} (this epoch's writes included), or null. */
    public Object[] get(byte[] key) {
        byte[] v = table.get(key);
        return v == null ? null : layout.rowOf(v);
    }

    /** A fresh row id, larger than any stored one. */
    public long allocateRowId() {
        if (nextRowId < 0) {
            nextRowId = 1;
            try (StateIterator it = table.scanReverse(null, null)) {
                if (it.next()) {
                    nextRowId = layout.rowIdOf(it.key()) + 1;
                }
            }
        }
        return nextRowId++;
    }

    public void insert(byte[] key, Object[] row) {
        table.put(key, layout.valueOf(row));
        changes.add(row, 1);
    }

    public void delete(byte[] key, Object[] row) {
        table.delete(key);
        changes.add(row, -1);
    }

    /** Sends the rows written since the last call to the views reading this table. */
    public void flushChanges() {
        if (!changes.isEmpty()) {
            try {
                emit(changes.build());
            } catch (io.freshet.executor.error.FreshetException e) {
                // the table is already written: a failure now must abort the whole epoch
                throw new IllegalStateException("views of " + def.name() + " failed to apply a change", e);
            }
        }
    }

    @Override
    public void onChunk(int input, Chunk chunk) {
        throw new IllegalStateException("a table has no input");
    }

    @Override
    public List<StateTable> stateTables() {
        return List.of(table);
    }
}
