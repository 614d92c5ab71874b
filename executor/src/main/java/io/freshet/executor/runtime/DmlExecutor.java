package io.freshet.executor.runtime;

import io.freshet.executor.batch.BatchContext;
import io.freshet.executor.batch.BatchOperator;
import io.freshet.executor.batch.BatchPlanBuilder;
import io.freshet.executor.batch.RelationReader;
import io.freshet.executor.catalog.ColumnDef;
import io.freshet.executor.catalog.TableDef;
import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.state.ByteKey;
import io.freshet.executor.state.RelationLayout;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.TypeKind;
import io.freshet.executor.value.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a {@link DmlPlan} on the runtime's thread: evaluates its source over the live state,
 * checks PostgreSQL's constraints (NOT NULL 23502, VARCHAR length 22001, primary key 23505)
 * for every row before changing anything, then writes the rows through the
 * {@link TableOperator} and passes the changes on. A failing statement changes nothing.
 */
final class DmlExecutor {
    private DmlExecutor() {
    }

    /**
     * Executes the statement; returns the number of rows it affected.
     *
     * @param beginChanges called once all checks passed, just before the first write
     */
    static long execute(DmlPlan plan, TableOperator table, EvalContext ctx, RelationReader live,
            Runnable beginChanges) {
        List<Object[]> rows = new ArrayList<>();
        try (BatchOperator op = BatchPlanBuilder.build(plan.source(), new BatchContext(ctx, live, null))) {
            Chunk c;
            while ((c = op.next()) != null) {
                for (int i = 0; i < c.size(); i++) {
                    rows.add(c.row(i));
                }
            }
        }
        switch (plan.kind()) {
            case INSERT:
                return insert(table, rows, ctx, beginChanges);
            case DELETE:
                return delete(table, rows, beginChanges);
            default:
                return update(table, rows, ctx, beginChanges);
        }
    }

    private static long insert(TableOperator table, List<Object[]> rows, EvalContext ctx, Runnable beginChanges) {
        TableDef def = table.def();
        RelationLayout layout = table.layout();
        List<byte[]> keys = new ArrayList<>(rows.size());
        Set<ByteKey> seen = new HashSet<>();
        for (Object[] row : rows) {
            check(def, row, ctx);
            if (def.hasPrimaryKey()) {
                byte[] key = layout.keyOf(row);
                if (!seen.add(new ByteKey(key)) || table.get(key) != null) {
                    throw duplicateKey(def, row, ctx);
                }
                keys.add(key);
            }
        }
        beginChanges.run();
        for (int i = 0; i < rows.size(); i++) {
            byte[] key = def.hasPrimaryKey() ? keys.get(i) : layout.keyOfRowId(table.allocateRowId());
            table.insert(key, rows.get(i));
        }
        table.flushChanges();
        return rows.size();
    }

    private static long delete(TableOperator table, List<Object[]> rows, Runnable beginChanges) {
        Map<ByteKey, Object[]> victims = victims(table, rows);
        beginChanges.run();
        for (Map.Entry<ByteKey, Object[]> e : victims.entrySet()) {
            table.delete(e.getKey().bytes(), e.getValue());
        }
        table.flushChanges();
        return victims.size();
    }

    /** The stored rows that the source's old rows identify, once each, by storage key. */
    private static Map<ByteKey, Object[]> victims(TableOperator table, List<Object[]> rows) {
        TableDef def = table.def();
        int width = def.columns().size();
        Map<ByteKey, Object[]> out = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byte[] key = def.hasPrimaryKey() ? table.layout().keyOf(Arrays.copyOf(row, width))
                    : table.layout().keyOfRowId((Long) row[width]);
            ByteKey k = new ByteKey(key);
            if (!out.containsKey(k)) {
                Object[] stored = table.get(key);
                if (stored != null) {
                    out.put(k, stored);
                }
            }
        }
        return out;
    }

    private static long update(TableOperator table, List<Object[]> rows, EvalContext ctx, Runnable beginChanges) {
        TableDef def = table.def();
        RelationLayout layout = table.layout();
        int width = def.columns().size();
        int oldWidth = def.hasPrimaryKey() ? width : width + 1;
        Map<ByteKey, Object[]> newRows = new LinkedHashMap<>();
        Map<ByteKey, Object[]> victims = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Object[] old = Arrays.copyOf(row, oldWidth);
            Map<ByteKey, Object[]> v = victims(table, List.<Object[]>of(old));
            if (v.isEmpty()) {
                continue;
            }
            ByteKey oldKey = v.keySet().iterator().next();
            if (victims.containsKey(oldKey)) {
                continue;
            }
            victims.putAll(v);
            Object[] updated = Arrays.copyOfRange(row, oldWidth, oldWidth + width);
            check(def, updated, ctx);
            newRows.put(oldKey, updated);
        }
        // new keys must not collide with each other or with rows that stay
        Map<ByteKey, byte[]> newKeys = new LinkedHashMap<>();
        Set<ByteKey> taken = new HashSet<>();
        for (Map.Entry<ByteKey, Object[]> e : newRows.entrySet()) {
            // without a primary key an updated row is a new row version with a new row id, and so
            // moves to the end of the table, as a PostgreSQL heap tuple does
            byte[] key = def.hasPrimaryKey() ? layout.keyOf(e.getValue()) : layout.keyOfRowId(table.allocateRowId());
            ByteKey k = new ByteKey(key);
            if (def.hasPrimaryKey()
                    && (!taken.add(k) || !victims.containsKey(k) && table.get(key) != null)) {
                throw duplicateKey(def, e.getValue(), ctx);
            }
            newKeys.put(e.getKey(), key);
        }
        beginChanges.run();
        for (Map.Entry<ByteKey, Object[]> e : victims.entrySet()) {
            table.delete(e.getKey().bytes(), e.getValue());
        }
        for (Map.Entry<ByteKey, Object[]> e : newRows.entrySet()) {
            table.insert(newKeys.get(e.getKey()), e.getValue());
        }
        table.flushChanges();
        return victims.size();
    }

    /** NOT NULL and VARCHAR(n) length checks of one new row. */
    private static void check(TableDef def, Object[] row, EvalContext ctx) {
        for (int c = 0; c < def.columns().size(); c++) {
            ColumnDef col = def.columns().get(c);
            Object v = row[c];
            if (v == null) {
                if (col.notNull() || def.primaryKey().contains(c)) {
                    throw new FreshetException(SqlState.NOT_NULL_VIOLATION,
                            "null value in column \"" + col.name() + "\" of relation \"" + def.name()
                                    + "\" violates not-null constraint")
                            .withDetail("Failing row contains " + rowText(def, row, ctx) + ".");
                }
                continue;
            }
            DataType t = col.type();
            if (t.kind() == TypeKind.VARCHAR && t.hasPrecision()) {
                String s = (String) v;
                int length = s.codePointCount(0, s.length());
                if (length > t.precision()) {
                    // PostgreSQL accepts (and trims) excess characters that are all spaces
                    if (s.substring(s.offsetByCodePoints(0, t.precision())).isBlank()) {
                        row[c] = s.substring(0, s.offsetByCodePoints(0, t.precision()));
                    } else {
                        throw new FreshetException(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                                "value too long for type character varying(" + t.precision() + ")");
                    }
                }
            }
        }
    }

    private static FreshetException duplicateKey(TableDef def, Object[] row, EvalContext ctx) {
        String cols = def.primaryKey().stream().map(i -> def.columns().get(i).name()).collect(Collectors.joining(", "));
        String vals = def.primaryKey().stream().map(i -> text(row[i], def.columns().get(i).type(), ctx))
                .collect(Collectors.joining(", "));
        return new FreshetException(SqlState.UNIQUE_VIOLATION,
                "duplicate key value violates unique constraint \"" + def.name() + "_pkey\"")
                .withDetail("Key (" + cols + ")=(" + vals + ") already exists.");
    }

    private static String rowText(TableDef def, Object[] row, EvalContext ctx) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < def.columns().size(); c++) {
            parts.add(text(row[c], def.columns().get(c).type(), ctx));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String text(Object v, DataType t, EvalContext ctx) {
        return v == null ? "null" : ValueText.format(v, t, ctx);
    }
}
