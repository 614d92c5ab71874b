package io.freshet.server.engine;

import io.freshet.executor.runtime.StreamRuntime;
import io.freshet.planner.IdAllocator;
import io.freshet.planner.QueryPlanner;
import io.freshet.sql.parser.FreshetSqlParser;
import io.freshet.storage.StorageEngine;
import io.freshet.storage.StorageOptions;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Freshet database: the storage under a data directory and the runtime that keeps its
 * tables and views. Sessions plan against its catalog and run statements through it.
 */
public final class FreshetEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FreshetEngine.class);

    private final StorageEngine storage;
    private final StreamRuntime runtime;
    private final IdAllocator ids;

    private FreshetEngine(StorageEngine storage) {
        this.storage = storage;
        this.runtime = StreamRuntime.open(storage);
        this.ids = new IdAllocator() {
            @Override
            public long objectId() {
                return runtime.allocateId();
            }

            @Override
            public int stateTableId() {
                return runtime.allocateStateTableId();
            }
        };
    }

    /** Opens (or creates) the database in {@code dataDir}. */
    public static FreshetEngine open(Path dataDir, StorageOptions options) {
        long start = System.nanoTime();
        StorageEngine storage = StorageEngine.open(dataDir, options);
        FreshetEngine engine = new FreshetEngine(storage);
        engine.warmUp();
        LOG.info("database at {} ready in {} ms", dataDir, (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    /** Plans a query once, so that the first client query does not pay for loading the planner. */
    private void warmUp() {
        try {
            String sql = "SELECT 1 + 1 AS x, 'a' || 'b' AS y FROM (VALUES (1)) AS v(c) WHERE c > 0 ORDER BY 1";
            new QueryPlanner(runtime.catalog()).planQuery(FreshetSqlParser.parseStatement(sql), sql, List.of());
        } catch (Exception e) {
            LOG.warn("planner warm-up failed", e);
        }
    }

    public StreamRuntime runtime() {
        return runtime;
    }

    public StorageEngine storage() {
        return storage;
    }

    public IdAllocator ids() {
        return ids;
    }

    @Override
    public void close() {
        runtime.close();
        storage.close();
    }
}
