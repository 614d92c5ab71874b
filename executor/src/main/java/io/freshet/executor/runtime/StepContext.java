package io.freshet.executor.runtime;

import io.freshet.executor.catalog.CatalogObject;
import io.freshet.executor.catalog.CatalogSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What tasks of one epoch change besides state tables: the catalog as the epoch's tasks have
 * left it so far, the catalog entries to write and delete in the epoch's commit, and the state
 * tables to drop once it is committed.
 */
final class StepContext {
    private CatalogSnapshot catalog;
    private final Map<Long, CatalogObject> puts = new LinkedHashMap<>();
    private final List<Long> deletes = new ArrayList<>();
    private final List<Integer> droppedStateTables = new ArrayList<>();
    private boolean changing;

    StepContext(CatalogSnapshot catalog) {
        this.catalog = catalog;
    }

    /**
     * Marks that the running task starts changing state: from here on, any failure aborts the
     * epoch instead of failing only the task.
     */
    void beginChanges() {
        changing = true;
    }

    /** Whether the running task has begun changing state; cleared for each task. */
    boolean takeChanging() {
        boolean c = changing;
        changing = false;
        return c;
    }

    CatalogSnapshot catalog() {
        return catalog;
    }

    void put(CatalogObject o) {
        catalog = catalog.with(o);
        puts.put(o.id(), o);
        deletes.remove(o.id());
    }

    void delete(long id) {
        catalog = catalog.without(id);
        puts.remove(id);
        deletes.add(id);
    }

    void dropStateTables(List<Integer> ids) {
        droppedStateTables.addAll(ids);
    }

    Map<Long, CatalogObject> puts() {
        return puts;
    }

    List<Long> deletes() {
        return deletes;
    }

    List<Integer> droppedStateTables() {
        return droppedStateTables;
    }
}
