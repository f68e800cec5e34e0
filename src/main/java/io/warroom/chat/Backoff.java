package io.warroom.chat;

import java.time.Duration;

/**
 * The outbox's one retry policy: 1 s after a first failed try, doubling after each further one up to a cap, and
 * never sooner than the destination's Retry-After.
 */
public final class Backoff {

    private Backoff() {
    }

    /** failedBefore counts the tries that failed before this one (0 after the first failure). */
    public static Duration after(int failedBefore, Duration cap, Duration retryAfter) {
        long seconds = Math.min(cap.toSeconds(), 1L << Math.min(Math.max(failedBefore, 0), 16));
        Duration exponential = Duration.ofSeconds(seconds);
        return retryAfter != null && retryAfter.compareTo(exponential) > 0 ? retryAfter : exponential;
    }
}
