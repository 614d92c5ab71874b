package io.freshet.executor.runtime;

import io.freshet.executor.batch.RelationReader;
import io.freshet.executor.catalog.CatalogObject;
import io.freshet.executor.catalog.MaterializedViewDef;
import io.freshet.executor.catalog.TableDef;
import io.freshet.executor.chunk.ArrayRow;
import io.freshet.executor.codec.KeyCodec;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.expr.Expr;
import io.freshet.executor.plan.ScanNode;
import io.freshet.executor.plan.ScanRange;
import io.freshet.executor.state.RelationLayout;
import io.freshet.executor.type.DataType;
import io.freshet.storage.StateIterator;
import io.freshet.storage.keys.KeyRange;
import io.freshet.storage.keys.KeyWriter;
import io.freshet.storage.keys.SortOrder;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Turns a {@link ScanNode} into a scan of a stored relation's state table: finds the table
 * and its {@link RelationLayout}, converts the scan's {@link ScanRange} into a key range,
 * and decodes entries into rows.
 */
final class RelationScans {
    /** Opens a key range of one state table. */
    interface StateScanner {
        StateIterator scan(int tableId, KeyRange range);
    }

    private RelationScans() {
    }

    /** State table id of a stored relation. */
    static int stateTableOf(CatalogObject o) {
        if (o instanceof TableDef) {
            return ((TableDef) o).stateTableId();
        }
        if (o instanceof MaterializedViewDef) {
            return ((MaterializedViewDef) o).materialize().stateTableId();
        }
        throw new FreshetException(SqlState.WRONG_OBJECT_TYPE, "\"" + o.name() + "\" is not a stored relation");
    }

    /** Storage layout of a stored relation. */
    static RelationLayout layoutOf(CatalogObject o) {
        if (o instanceof TableDef) {
            return TableOperator.layoutOf((TableDef) o);
        }
        MaterializedViewDef v = (MaterializedViewDef) o;
        return RelationLayout.forKey(v.types(), v.materialize().keyColumns());
    }

    static RelationReader.CloseableIterator<Object[]> scan(CatalogObject relation, ScanNode scan, EvalContext ctx,
            StateScanner scanner) {
        if (relation == null) {
            throw new FreshetException(SqlState.UNDEFINED_TABLE,
                    "relation \"" + scan.objectName() + "\" does not exist");
        }
        RelationLayout layout = layoutOf(relation);
        KeyRange range = KeyRange.all();
        if (scan.range() != null) {
            range = keyRange(scan.range(), layout, ctx);
            if (range == null) {
                return empty();
            }
        }
        StateIterator it = scanner.scan(stateTableOf(relation), range);
        return new Rows(it, layout, scan.withRowId());
    }

    /** Key range for a scan range, or null when it is empty (a NULL bound). */
    private static KeyRange keyRange(ScanRange r, RelationLayout layout, EvalContext ctx) {
        List<Integer> keyCols = layout.keyColumns();
        List<DataType> types = layout.types();
        ArrayRow none = new ArrayRow(new Object[0]);
        KeyWriter w = new KeyWriter();
        for (int i = 0; i < r.prefix().size(); i++) {
            Object v = r.prefix().get(i).eval(none, ctx);
            if (v == null) {
                return null;
            }
            KeyCodec.write(w, v, types.get(keyCols.get(i)), SortOrder.ASC);
        }
        byte[] prefix = w.toByteArray();
        DataType nextType = r.prefix().size() < keyCols.size() ? types.get(keyCols.get(r.prefix().size())) : null;
        byte[] from = prefix;
        byte[] to = KeyRange.prefixEnd(prefix);
        if (r.lower() != null) {
            byte[] bound = bound(prefix, r.lower(), nextType, none, ctx);
            if (bound == null) {
                return null;
            }
            from = r.lowerInclusive() ? bound : KeyRange.prefixEnd(bound);
        }
        if (r.upper() != null) {
            byte[] bound = bound(prefix, r.upper(), nextType, none, ctx);
            if (bound == null) {
                return null;
            }
            to = r.upperInclusive() ? KeyRange.prefixEnd(bound) : bound;
        }
        if (to != null && Arrays.compareUnsigned(from, to) >= 0) {
            return null;
        }
        return KeyRange.of(from, to);
    }

    private static byte[] bound(byte[] prefix, Expr e, DataType type, ArrayRow none, EvalContext ctx) {
        Object v = e.eval(none, ctx);
        if (v == null) {
            return null;
        }
        KeyWriter w = new KeyWriter();
        w.writeEncoded(prefix);
        KeyCodec.write(w, v, type, SortOrder.ASC);
        return w.toByteArray();
    }

    private static RelationReader.CloseableIterator<Object[]> empty() {
        return new RelationReader.CloseableIterator<>() {
            @Override
            public boolean hasNext() {
                return false;
            }

            @Override
            public Object[] next() {
                throw new NoSuchElementException();
            }

            @Override
            public void close() {
            }
        };
    }

    /** Decodes state entries into rows, expanding counted rows into copies. */
    private static final class Rows implements RelationReader.CloseableIterator<Object[]> {
        private final StateIterator it;
        private final RelationLayout layout;
        private final boolean withRowId;
        private final Deque<Object[]> ready = new ArrayDeque<>();
        private boolean exhausted;

        Rows(StateIterator it, RelationLayout layout, boolean withRowId) {
            this.it = it;
            this.layout = layout;
            this.withRowId = withRowId;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !exhausted) {
                if (!it.next()) {
                    exhausted = true;
                    it.close();
                    break;
                }
                byte[] value = it.value();
                if (withRowId) {
                    Object[] row = layout.rowOf(value);
                    Object[] withId = Arrays.copyOf(row, row.length + 1);
                    withId[row.length] = layout.rowIdOf(it.key());
                    ready.add(withId);
                } else {
                    ready.addAll(layout.expand(value));
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public Object[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        @Override
        public void close() {
            if (!exhausted) {
                exhausted = true;
                it.close();
            }
        }
    }
}
