package io.freshet.server.engine;

import io.freshet.executor.catalog.CatalogSnapshot;
import java.util.function.Function;

/**
 * A prepared statement's plan and the catalog it was made for. When the catalog has changed
 * since (any DDL), the statement is planned again once and the new plan kept, so later
 * executions do not plan again.
 */
final class CurrentPlan<P> {
    private CatalogSnapshot catalog;
    private P plan;

    CurrentPlan(CatalogSnapshot catalog, P plan) {
        this.catalog = catalog;
        this.plan = plan;
    }

    /** The plan for {@code now}, made with {@code replan} if the catalog changed. */
    synchronized P forCatalog(CatalogSnapshot now, Function<CatalogSnapshot, P> replan) {
        if (now != catalog) {
            plan = replan.apply(now);
            catalog = now;
        }
        return plan;
    }
}
