package io.warroom.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;

/** Waits for work Warroom does after commit (deliveries, runbook runs, workers) without fixed sleeps. */
public final class Eventually {

    private Eventually() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, Duration.ofSeconds(15), condition);
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        await(condition::getAsBoolean, Boolean::booleanValue, timeout, what);
    }

    /** Polls the probe until done says yes and returns the last value, or fails naming it. */
    public static <T> T await(Supplier<T> probe, Predicate<T> done, Duration timeout) {
        return await(probe, done, timeout, "the condition");
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                Assertions.fail("Gave up after " + timeout.toMillis() + " ms waiting for " + what + "; last seen: "
                        + value);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            value = probe.get();
        }
        return value;
    }
}
