package io.freshet.server.pgwire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flow control: a huge result streams no faster than its client reads it, and neither a
 * client that stops reading nor a slow statement holds up any other connection.
 */
class BackpressureTest {
    private static final long HUGE = 5_000_000;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void clientThatStopsReading_pausesItsStatement_andOthersAreServed() throws Exception {
        long before = server.sessions.rowsProduced.get();
        int closedBefore = server.sessions.sessionsClosed.get();
        RawPgClient stalled = RawPgClient.connected(server.port);
        // About 600 MB of rows if produced without pause; the client reads none of them.
        stalled.query("SELECT * FROM wide_series(" + HUGE + ")");

        AtomicLong last = new AtomicLong(-1);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            long now = server.sessions.rowsProduced.get();
            return now == last.getAndSet(now) && now > before;
        });
        long produced = server.sessions.rowsProduced.get() - before;
        // Socket buffers and the high water mark hold a few MB: some ten thousand rows, not millions.
        assertThat(produced).isLessThan(300_000);

        try (RawPgClient other = RawPgClient.connected(server.port)) {
            ConnectionLifecycleTest.assertSelectOneWorks(other);
        }

        stalled.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> server.sessions.sessionsClosed.get() > closedBefore);
        assertThat(server.sessions.rowsProduced.get() - before).isLessThan(HUGE);
    }

    @Test
    void slowReader_getsTheWholeResultInOrder() throws Exception {
        try (RawPgClient client = RawPgClient.connected(server.port)) {
            client.query("SELECT * FROM wide_series(100000)");
            long expected = 1;
            RawPgClient.Message m;
            while ((m = client.read()).type() != 'Z') {
                if (m.type() == 'D') {
                    assertThat(m.texts().get(0)).isEqualTo(Long.toString(expected));
                    expected++;
                    if (expected % 25_000 == 0) {
                        Thread.sleep(200);
                    }
                }
            }
            assertThat(expected - 1).isEqualTo(100_000);
        }
    }

    @Test
    void slowStatement_doesNotDelayOtherConnections() throws Exception {
        try (RawPgClient sleeper = RawPgClient.connected(server.port);
                RawPgClient other = RawPgClient.connected(server.port)) {
            sleeper.query("SELECT sleep(1500)");
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                ConnectionLifecycleTest.assertSelectOneWorks(other);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(RawPgClient.types(sleeper.readUntilReady())).isEqualTo("TDCZ");
        }
    }
}
