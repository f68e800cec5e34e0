package io.warroom.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.hamcrest.CustomMatcher;

/**
 * Waits for work Warroom does after commit (deliveries, runbook runs, workers) without fixed sleeps. A failure names
 * what was awaited and the last value seen.
 */
public final class Eventually {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private Eventually() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT_TIMEOUT, condition);
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        await(what, condition::getAsBoolean, Boolean::booleanValue, timeout);
    }

    /** Polls the probe until done says yes and returns the last value, or fails naming it. */
    public static <T> T await(Supplier<T> probe, Predicate<T> done, Duration timeout) {
        return await("the condition", probe, done, timeout);
    }

    /** Polls the probe until done says yes and returns that value, or fails naming what and the last value. */
    public static <T> T await(String what, Supplier<T> probe, Predicate<T> done, Duration timeout) {
        return within(what, timeout).until(probe::get, new CustomMatcher<T>(what) {
            @Override
            @SuppressWarnings("unchecked")
            public boolean matches(Object value) {
                return done.test((T) value);
            }
        });
    }

    /** Polls the probe until it gives something other than null, and returns it. */
    public static <T> T present(String what, Supplier<T> probe, Duration timeout) {
        return await(what, probe, value -> value != null, timeout);
    }

    /**
     * Probes run on the calling thread, as the test's own code would (request context, thread-bound state), and a
     * stray exception on one of Warroom's threads is the test's business to assert, not a reason to stop waiting.
     */
    private static ConditionFactory within(String what, Duration timeout) {
        return Awaitility.await(what).atMost(timeout).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(25)).dontCatchUncaughtExceptions();
    }
}
