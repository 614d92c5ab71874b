package io.freshet.server.pgwire;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection's queue of work (its frontend messages, in arrival order) run one task at a
 * time on a shared worker pool: statements of one connection run in order, those of different
 * connections in parallel, and none on a Netty event loop. A task that throws is logged and
 * the queue goes on.
 */
final class ConnectionWorkQueue implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionWorkQueue.class);

    private final Executor workers;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    ConnectionWorkQueue(Executor workers) {
        this.workers = workers;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            workers.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // The server is stopping: run what is left here, so sessions still get closed.
            drain();
        }
    }

    private void drain() {
        while (true) {
            Runnable task;
            synchronized (tasks) {
                task = tasks.poll();
                if (task == null) {
                    draining = false;
                    return;
                }
            }
            try {
                task.run();
            } catch (Throwable t) {
                LOG.error("Connection task failed", t);
            }
        }
    }
}
