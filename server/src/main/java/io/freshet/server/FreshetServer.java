package io.freshet.server;

import io.freshet.server.engine.EngineSessionFactory;
import io.freshet.server.engine.FreshetEngine;
import io.freshet.server.pgwire.PgServer;
import io.freshet.server.pgwire.PgServerConfig;
import io.freshet.storage.StorageOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Freshet: the database engine over the data directory, served over the PostgreSQL
 * wire protocol. {@link #close()} stops accepting connections, ends the sessions, and closes
 * the database cleanly.
 */
public final class FreshetServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FreshetServer.class);

    private final FreshetEngine engine;
    private final PgServer pg;
    private final int port;

    private FreshetServer(FreshetEngine engine, PgServer pg, int port) {
        this.engine = engine;
        this.pg = pg;
        this.port = port;
    }

    /** Opens the database and starts listening; port 0 picks a free port. */
    public static FreshetServer start(ServerConfig config) {
        StorageOptions storage = StorageOptions.defaults().withSyncWrites(config.syncWrites());
        if (config.blockCacheBytes() > 0) {
            storage = storage.withBlockCacheBytes(config.blockCacheBytes());
        }
        FreshetEngine engine = FreshetEngine.open(config.dataDir(), storage);
        try {
            PgServer pg = new PgServer(new EngineSessionFactory(engine), PgServerConfig.defaults()
                    .withMaxConnections(config.maxConnections()).withMaxMessageSize(config.maxMessageBytes()));
            int port = pg.start(config.host(), config.port());
            LOG.info("Freshet listening on {}:{} (data in {})", config.host(), port, config.dataDir());
            return new FreshetServer(engine, pg, port);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public FreshetEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        pg.stop();
        engine.close();
        LOG.info("Freshet stopped");
    }
}
