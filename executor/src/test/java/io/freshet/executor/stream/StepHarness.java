package io.freshet.executor.stream;

import io.freshet.executor.chunk.Chunk;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.plan.PlanNode;
import io.freshet.executor.plan.ScanNode;
import io.freshet.executor.plan.StateTableAssigner;
import io.freshet.executor.type.DataType;
import io.freshet.executor.type.Field;
import io.freshet.storage.EpochCommit;
import io.freshet.storage.StateTable;
import io.freshet.storage.StorageEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Drives one stream operator epoch by epoch over real RocksDB state: feed changes written as
 * {@code "+ 1 10"} (insert row (1, 10)), {@code "- 1 10"} (delete it) or {@code "+2 1 10"}
 * (two copies); read the output changes, consolidated and sorted, in the same notation. Each
 * epoch's state is committed, and {@link #restart()} rebuilds the operator from the committed
 * state, as after a crash.
 */
final class StepHarness implements AutoCloseable {
    private final StorageEngine storage;
    private final PlanNode plan;
    private final List<List<DataType>> inputTypes;
    private StreamFragment fragment;
    private Collector out;
    private long epoch;

    /** Collects what the operator emits. */
    private static final class Collector extends StreamOperator {
        final List<Chunk> chunks = new ArrayList<>();

        Collector() {
            super("Collector");
        }

        @Override
        public void onChunk(int input, Chunk chunk) {
            chunks.add(chunk);
        }
    }

    StepHarness(Path dir, PlanNode plan) {
        this.storage = StorageEngine.open(dir);
        AtomicInteger ids = new AtomicInteger(100);
        this.plan = StateTableAssigner.assign(plan, ids::incrementAndGet);
        this.inputTypes = new ArrayList<>();
        for (PlanNode in : plan.inputs()) {
            inputTypes.add(in.types());
        }
        build();
    }

    /** Instantiates the plan over the committed state; its scans become the harness's inputs. */
    private void build() {
        fragment = StreamPlanBuilder.build(plan, storage::stateTable, "test");
        out = new Collector();
        fragment.root().connect(out, 0);
    }

    /** A scan of a relation with these column types, as an operator input. */
    static ScanNode input(String name, DataType... types) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            fields.add(new Field("c" + i, types[i]));
        }
        return new ScanNode(name.hashCode() & 0xffff, name, fields, null);
    }

    /** One epoch: changes on input 0; returns the consolidated output. */
    List<String> step(String... changes) {
        return step(new String[][] {changes});
    }

    /** One epoch with changes per input (all of input 0's first, then input 1's, ...). */
    List<String> step(String[]... changesPerInput) {
        for (int i = 0; i < changesPerInput.length; i++) {
            if (changesPerInput[i].length > 0) {
                fragment.inputs().get(i).onChunk(0, chunk(inputTypes.get(i), changesPerInput[i]));
            }
        }
        return endEpoch();
    }

    /** The epoch in which the view is created: constant operators (VALUES) emit now. */
    List<String> backfill() {
        for (StreamOperator o : fragment.operators()) {
            o.onBackfill();
        }
        return endEpoch();
    }

    private List<String> endEpoch() {
        for (StreamOperator o : fragment.operators()) {
            o.onStepEnd();
        }
        EpochCommit commit = storage.beginCommit(++epoch);
        for (StreamOperator o : fragment.operators()) {
            for (StateTable t : o.stateTables()) {
                if (t.isDirty()) {
                    commit.add(t);
                }
            }
        }
        commit.write();
        List<String> result = consolidate(out.chunks);
        out.chunks.clear();
        return result;
    }

    /** Rebuilds the operators from committed state (in-memory state is lost, as in a crash). */
    void restart() {
        build();
    }

    static Chunk chunk(List<DataType> types, String... changes) {
        ChunkBuilder b = new ChunkBuilder(types.size());
        for (String c : changes) {
            String[] parts = c.trim().split("\\s+");
            int weight = parts[0].equals("+") ? 1 : parts[0].equals("-") ? -1 : Integer.parseInt(parts[0]);
            Object[] row = new Object[types.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = parse(parts[i + 1], types.get(i));
            }
            b.add(row, weight);
        }
        return b.build();
    }

    private static Object parse(String s, DataType t) {
        if (s.equals("null")) {
            return null;
        }
        switch (t.kind()) {
            case INTEGER:
                return Integer.parseInt(s);
            case BIGINT:
                return Long.parseLong(s);
            case DOUBLE:
                return Double.parseDouble(s);
            case BOOLEAN:
                return Boolean.parseBoolean(s);
            case NUMERIC:
                return new java.math.BigDecimal(s);
            default:
                return s;
        }
    }

    /** Output changes summed per row, zero weights dropped, in a stable order. */
    static List<String> consolidate(List<Chunk> chunks) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Chunk c : chunks) {
            for (int i = 0; i < c.size(); i++) {
                String row = Arrays.stream(c.row(i)).map(String::valueOf).collect(Collectors.joining(" "));
                weights.merge(row, c.weight(i), Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            int w = e.getValue();
            if (w != 0) {
                out.add((w == 1 ? "+" : w == -1 ? "-" : (w > 0 ? "+" : "") + w) + " " + e.getKey());
            }
        }
        out.sort(null);
        return out;
    }

    @Override
    public void close() {
        storage.close();
    }
}
