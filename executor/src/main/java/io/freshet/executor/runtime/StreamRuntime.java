package io.freshet.executor.runtime;

import io.freshet.executor.batch.RelationReader;
import io.freshet.executor.catalog.CatalogJson;
import io.freshet.executor.catalog.CatalogObject;
import io.freshet.executor.catalog.CatalogSnapshot;
import io.freshet.executor.catalog.MaterializedViewDef;
import io.freshet.executor.catalog.TableDef;
import io.freshet.executor.chunk.ChunkBuilder;
import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.expr.EvalContext;
import io.freshet.executor.plan.StateTableAssigner;
import io.freshet.executor.state.RelationLayout;
import io.freshet.executor.stream.RelationInputOperator;
import io.freshet.executor.stream.StreamFragment;
import io.freshet.executor.stream.StreamOperator;
import io.freshet.executor.stream.StreamPlanBuilder;
import io.freshet.storage.EpochCommit;
import io.freshet.storage.ReadSnapshot;
import io.freshet.storage.StateIterator;
import io.freshet.storage.StateTable;
import io.freshet.storage.StorageEngine;
import io.freshet.storage.keys.KeyRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the dataflow of all tables and materialized views and runs it in epochs on one thread.
 *
 * <p>Sessions call the public methods from any thread; each queues a task and returns a future
 * that completes once the epoch that ran the task is committed. Queries read committed state
 * through {@link #snapshot()} and {@link #snapshotReader}. See the package documentation for
 * the shape of an epoch.
 */
public final class StreamRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamRuntime.class);

    private final StorageEngine storage;
    private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile CatalogSnapshot catalog;
    private volatile long committedEpoch;

    // Owned by the runtime thread.
    private final Map<Long, StreamOperator> relationOutputs = new HashMap<>();
    private final Map<Long, TableOperator> tables = new HashMap<>();
    private final Map<Long, StreamFragment> fragments = new HashMap<>();
    private final List<StreamOperator> topo = new ArrayList<>();

    /** A queued task with its future. */
    private static final class Pending<T> {
        final String description;
        final RuntimeTask<T> task;
        final CompletableFuture<T> future = new CompletableFuture<>();
        T result;
        RuntimeException error;

        Pending(String description, RuntimeTask<T> task) {
            this.description = description;
            this.task = task;
        }

        void run(StepContext step) {
            try {
                result = task.run(step);
                step.takeChanging();
            } catch (FreshetException e) {
                if (step.takeChanging()) {
                    throw new IllegalStateException(description + " failed after it began changing state", e);
                }
                error = e;
            }
        }

        void complete() {
            if (error != null) {
                future.completeExceptionally(error);
            } else {
                future.complete(result);
            }
        }
    }

    private StreamRuntime(StorageEngine storage) {
        this.storage = storage;
        this.committedEpoch = storage.lastCommittedEpoch();
        List<CatalogObject> objects = new ArrayList<>();
        for (byte[] entry : storage.catalog().loadAll().values()) {
            objects.add(CatalogJson.read(entry));
        }
        this.catalog = CatalogSnapshot.of(objects);
        instantiateAll();
        this.thread = new Thread(this::loop, "freshet-runtime");
        this.thread.setDaemon(true);
    }

    /** Opens the runtime over a storage engine: rebuilds every dataflow from the catalog and starts. */
    public static StreamRuntime open(StorageEngine storage) {
        StreamRuntime rt = new StreamRuntime(storage);
        rt.thread.start();
        LOG.info("runtime started at epoch {} with {} catalog objects", rt.committedEpoch, rt.catalog.all().size());
        return rt;
    }

    /** The catalog as of the last committed epoch. */
    public CatalogSnapshot catalog() {
        return catalog;
    }

    public long committedEpoch() {
        return committedEpoch;
    }

    public StorageEngine storage() {
        return storage;
    }

    /** A new id for a catalog object or a state table, never reused. */
    public long allocateId() {
        return storage.catalog().allocateId();
    }

    /** A new state table id. */
    public int allocateStateTableId() {
        long id = allocateId();
        if (id > Integer.MAX_VALUE) {
            throw new IllegalStateException("state table ids exhausted");
        }
        return (int) id;
    }

    /** A snapshot of the committed state, for one query. */
    public ReadSnapshot snapshot() {
        return storage.snapshot();
    }

    /** Reads stored relations of {@code catalogAtPlanTime} from {@code snapshot}. */
    public RelationReader snapshotReader(CatalogSnapshot catalogAtPlanTime, ReadSnapshot snapshot) {
        return (scan, ctx) -> RelationScans.scan(catalogAtPlanTime.get(scan.objectId()), scan, ctx, snapshot::scan);
    }

    // ---------------------------------------------------------------- operations

    /** Creates a table (empty). */
    public CompletableFuture<Void> createTable(TableDef def) {
        return submit("CREATE TABLE " + def.name(), step -> {
            checkNameFree(step, def);
            step.beginChanges();
            step.put(def);
            instantiateTable(def);
            return null;
        });
    }

    /** Creates a materialized view and fills it from its inputs' current contents. */
    public CompletableFuture<Void> createMaterializedView(MaterializedViewDef def) {
        return submit("CREATE MATERIALIZED VIEW " + def.name(), step -> {
            checkNameFree(step, def);
            for (long dep : def.dependencies()) {
                if (step.catalog().get(dep) == null) {
                    throw new FreshetException(SqlState.UNDEFINED_TABLE, "a relation the view reads was dropped");
                }
            }
            step.beginChanges();
            step.put(def);
            StreamFragment fragment = instantiateView(def);
            backfill(fragment, step);
            return null;
        });
    }

    /** Records a plain view in the catalog. */
    public CompletableFuture<Void> createView(io.freshet.executor.catalog.ViewDef def) {
        return submit("CREATE VIEW " + def.name(), step -> {
            checkNameFree(step, def);
            step.put(def);
            return null;
        });
    }

    /**
     * Drops objects in the given order (dependents first); every object that still has a
     * dependent outside the list makes the whole drop fail with 2BP01.
     */
    public CompletableFuture<Void> drop(List<Long> ids) {
        return submit("DROP " + ids, step -> {
            for (long id : ids) {
                CatalogObject o = step.catalog().get(id);
                if (o == null) {
                    throw new FreshetException(SqlState.UNDEFINED_TABLE, "object " + id + " does not exist");
                }
                for (CatalogObject d : step.catalog().dependents(id)) {
                    if (!ids.contains(d.id())) {
                        throw new FreshetException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                                "cannot drop " + o.kindName() + " " + o.name() + " because other objects depend on it")
                                .withDetail(d.kindName() + " " + d.name() + " depends on " + o.kindName() + " " + o.name())
                                .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
                    }
                }
            }
            step.beginChanges();
            for (long id : ids) {
                CatalogObject o = step.catalog().get(id);
                step.delete(id);
                removeObject(o, step);
            }
            return null;
        });
    }

    /** Runs an INSERT, UPDATE or DELETE; the future gives the number of affected rows. */
    public CompletableFuture<Long> executeDml(DmlPlan plan, EvalContext ctx) {
        return submit("DML", step -> {
            TableOperator table = tables.get(plan.tableId());
            if (table == null) {
                throw new FreshetException(SqlState.UNDEFINED_TABLE, "the table was dropped");
            }
            return DmlExecutor.execute(plan, table, ctx, liveReader(step), step::beginChanges);
        });
    }

    /** Completes when every task queued before it has committed (FLUSH). */
    public CompletableFuture<Void> flush() {
        return submit("FLUSH", step -> null);
    }

    private <T> CompletableFuture<T> submit(String description, RuntimeTask<T> task) {
        if (!running) {
            CompletableFuture<T> f = new CompletableFuture<>();
            f.completeExceptionally(new FreshetException(SqlState.ADMIN_SHUTDOWN, "the server is shutting down"));
            return f;
        }
        Pending<T> p = new Pending<>(description, task);
        queue.add(p);
        return p.future;
    }

    private static void checkNameFree(StepContext step, CatalogObject o) {
        CatalogObject existing = step.catalog().byName(o.name());
        if (existing != null) {
            throw new FreshetException(SqlState.DUPLICATE_TABLE, "relation \"" + o.name() + "\" already exists");
        }
    }

    // ---------------------------------------------------------------- the epoch loop

    private void loop() {
        while (running || !queue.isEmpty()) {
            List<Pending<?>> batch = new ArrayList<>();
            try {
                Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            step(batch);
        }
    }

    private void step(List<Pending<?>> batch) {
        long epoch = committedEpoch + 1;
        StepContext step = new StepContext(catalog);
        try {
            for (Pending<?> p : batch) {
                p.run(step);
            }
            for (StreamOperator op : topo) {
                op.onStepEnd();
            }
            EpochCommit commit = storage.beginCommit(epoch);
            for (StreamOperator op : topo) {
                for (StateTable t : op.stateTables()) {
                    if (t.isDirty()) {
                        commit.add(t);
                    }
                }
            }
            for (CatalogObject o : step.puts().values()) {
                commit.putCatalog(o.id(), CatalogJson.write(o));
            }
            for (long id : step.deletes()) {
                commit.deleteCatalog(id);
            }
            commit.write();
            committedEpoch = epoch;
            catalog = step.catalog();
            for (int id : step.droppedStateTables()) {
                storage.dropTable(id);
            }
        } catch (RuntimeException | Error e) {
            LOG.error("epoch {} failed; rebuilding the dataflow from the last committed state", epoch, e);
            FreshetException failure = new FreshetException(SqlState.INTERNAL_ERROR,
                    "internal error while processing the statement: " + e, e);
            for (Pending<?> p : batch) {
                p.error = failure;
            }
            rebuild();
        }
        for (Pending<?> p : batch) {
            p.complete();
        }
    }

    // ---------------------------------------------------------------- the dataflow graph

    private void instantiateAll() {
        for (CatalogObject o : catalog.all()) {
            if (o instanceof TableDef) {
                instantiateTable((TableDef) o);
            } else if (o instanceof MaterializedViewDef) {
                instantiateView((MaterializedViewDef) o);
            }
        }
    }

    /** Drops all operators and their unwritten state, and builds them again from the committed catalog. */
    private void rebuild() {
        relationOutputs.clear();
        tables.clear();
        fragments.clear();
        topo.clear();
        instantiateAll();
    }

    private void instantiateTable(TableDef def) {
        TableOperator op = new TableOperator(def, storage.stateTable(def.stateTableId()));
        tables.put(def.id(), op);
        relationOutputs.put(def.id(), op);
        topo.add(op);
    }

    private StreamFragment instantiateView(MaterializedViewDef def) {
        StreamFragment fragment = StreamPlanBuilder.build(def.plan(), storage::stateTable, def.name());
        for (RelationInputOperator in : fragment.inputs()) {
            StreamOperator upstream = relationOutputs.get(in.relationId());
            if (upstream == null) {
                throw new IllegalStateException("view " + def.name() + " reads unknown relation " + in.relationId());
            }
            upstream.connect(in, 0);
        }
        topo.addAll(fragment.operators());
        relationOutputs.put(def.id(), fragment.root());
        fragments.put(def.id(), fragment);
        return fragment;
    }

    /** Input chunks of a backfill after which the new view's operators end a sub-step. */
    private static final int BACKFILL_CHUNKS_PER_SUBSTEP = 16;

    /**
     * Pushes the current contents of a new view's inputs through its operators. Every few chunks
     * the new operators end a sub-step (operators handle any number of steps per epoch), so what
     * they collect before emitting (a materialize's pending rows, an aggregate's touched groups)
     * stays small; the whole backfill still commits as one epoch.
     */
    private void backfill(StreamFragment fragment, StepContext step) {
        int chunks = 0;
        for (RelationInputOperator in : fragment.inputs()) {
            CatalogObject relation = step.catalog().get(in.relationId());
            RelationLayout layout = RelationScans.layoutOf(relation);
            StateTable live = liveTable(in.relationId());
            ChunkBuilder chunk = new ChunkBuilder(layout.types().size(), 1024);
            try (StateIterator it = live.scan(KeyRange.all())) {
                while (it.next()) {
                    byte[] value = it.value();
                    chunk.add(layout.rowOf(value), (int) layout.countOf(value));
                    if (chunk.size() >= 1024) {
                        in.onChunk(0, chunk.build());
                        if (++chunks % BACKFILL_CHUNKS_PER_SUBSTEP == 0) {
                            for (StreamOperator op : fragment.operators()) {
                                op.onStepEnd();
                            }
                        }
                    }
                }
            }
            if (!chunk.isEmpty()) {
                in.onChunk(0, chunk.build());
            }
        }
        for (StreamOperator op : fragment.operators()) {
            op.onBackfill();
        }
    }

    /** The handle (with this epoch's buffered writes) of a stored relation's state table. */
    private StateTable liveTable(long relationId) {
        TableOperator t = tables.get(relationId);
        if (t != null) {
            return t.table();
        }
        StreamFragment f = fragments.get(relationId);
        if (f == null) {
            throw new IllegalStateException("relation " + relationId + " has no dataflow");
        }
        return f.root().stateTables().get(0);
    }

    private RelationReader liveReader(StepContext step) {
        return (scan, ctx) -> RelationScans.scan(step.catalog().get(scan.objectId()), scan, ctx,
                (tableId, range) -> liveTable(scan.objectId()).scan(range));
    }

    private void removeObject(CatalogObject o, StepContext step) {
        if (o instanceof TableDef) {
            TableOperator t = tables.remove(o.id());
            relationOutputs.remove(o.id());
            topo.remove(t);
            step.dropStateTables(List.of(((TableDef) o).stateTableId()));
        } else if (o instanceof MaterializedViewDef) {
            StreamFragment f = fragments.remove(o.id());
            relationOutputs.remove(o.id());
            for (RelationInputOperator in : f.inputs()) {
                StreamOperator upstream = relationOutputs.get(in.relationId());
                if (upstream != null) {
                    upstream.disconnect(in);
                }
            }
            topo.removeAll(f.operators());
            step.dropStateTables(StateTableAssigner.stateTables(((MaterializedViewDef) o).plan()));
        }
    }

    /** Stops after the queued tasks have run. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
