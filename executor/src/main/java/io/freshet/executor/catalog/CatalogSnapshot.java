package io.freshet.executor.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Immutable state of the catalog at one moment: objects by id and by name. */
public final class CatalogSnapshot {
    public static final CatalogSnapshot EMPTY = new CatalogSnapshot(Map.of());

    private final Map<Long, CatalogObject> byId;
    private final Map<String, CatalogObject> byName;

    private CatalogSnapshot(Map<Long, CatalogObject> byId) {
        this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
        Map<String, CatalogObject> names = new HashMap<>();
        for (CatalogObject o : byId.values()) {
            names.put(o.name(), o);
        }
        this.byName = Collections.unmodifiableMap(names);
    }

    public static CatalogSnapshot of(Collection<CatalogObject> objects) {
        Map<Long, CatalogObject> m = new HashMap<>();
        for (CatalogObject o : objects) {
            m.put(o.id(), o);
        }
        return new CatalogSnapshot(m);
    }

    /** This snapshot with {@code o} added or replaced. */
    public CatalogSnapshot with(CatalogObject o) {
        Map<Long, CatalogObject> m = new HashMap<>(byId);
        m.put(o.id(), o);
        return new CatalogSnapshot(m);
    }

    /** This snapshot without object {@code id}. */
    public CatalogSnapshot without(long id) {
        Map<Long, CatalogObject> m = new HashMap<>(byId);
        m.remove(id);
        return new CatalogSnapshot(m);
    }

    public CatalogObject get(long id) {
        return byId.get(id);
    }

    /** The object named {@code name} (exact, already case-folded), or null. */
    public CatalogObject byName(String name) {
        return byName.get(name);
    }

    /** All objects in id (creation) order. */
    public Collection<CatalogObject> all() {
        return byId.values();
    }

    /** Objects of one class in id order. */
    public <T extends CatalogObject> List<T> all(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (CatalogObject o : byId.values()) {
            if (kind.isInstance(o)) {
                out.add(kind.cast(o));
            }
        }
        return out;
    }

    /** Objects that read {@code id} directly. */
    public List<CatalogObject> dependents(long id) {
        List<CatalogObject> out = new ArrayList<>();
        for (CatalogObject o : byId.values()) {
            if (o.dependencies().contains(id)) {
                out.add(o);
            }
        }
        return out;
    }
}
