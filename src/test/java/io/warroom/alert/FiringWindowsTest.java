package io.warroom.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Firing windows are rows: firings arriving at once (as on two instances) start one window, the rest are counted
 * into it, and its "+N more" is taken once however many flushes look.
 */
@QuarkusTest
class FiringWindowsTest {

    private static final int FIRINGS = 8;

    @Inject
    FiringWindows windows;

    @Inject
    AlertRouter router;

    @Inject
    AlertsConfig config;

    @Inject
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void firingsAtOnceStartOneWindowAndTheRestAreCountedOnce() throws Exception {
        String key = "post:fp:test:" + UUID.randomUUID();
        Instant now = clock.instant();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(FIRINGS);
        List<Future<Boolean>> firsts = new ArrayList<>();
        for (int i = 0; i < FIRINGS; i++) {
            firsts.add(senders.submit(() -> {
                go.await();
                return router.retrying(() -> QuarkusTransaction.requiringNew().call(
                        () -> windows.first(key, 0, "disk almost full", now)));
            }));
        }
        go.countDown();
        int started = 0;
        for (Future<Boolean> first : firsts) {
            started += first.get() ? 1 : 0;
        }
        senders.shutdown();
        assertEquals(1, started, "exactly one firing starts the window");

        Instant ended = now.plus(config.coalesceWindow()).plusSeconds(1);
        assertTrue(windows.ended(ended).stream().anyMatch(e -> e.key().equals(key)));
        Optional<FiringWindows.Count> count = take(key, ended);
        assertEquals(FIRINGS - 1, count.orElseThrow().more(), "every other firing is counted");
        assertEquals(Optional.empty(), take(key, ended), "a second flush finds the count already taken");
        assertEquals(Optional.empty(), take(key, ended.plus(config.coalesceWindow()).plus(Duration.ofSeconds(1))),
                "a window that counted nothing more goes");
        assertTrue(windows.ended(ended.plus(Duration.ofHours(1))).stream().noneMatch(e -> e.key().equals(key)));
    }

    private Optional<FiringWindows.Count> take(String key, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> windows.takeEnded(key, at));
    }
}
