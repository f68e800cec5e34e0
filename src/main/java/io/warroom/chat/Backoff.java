package io.warroom.chat;

import java.time.Duration;

/**
 * The outbox's one retry policy: exactly the destination's Retry-After when it names one, else 1 s after a first
 * failed try, doubling after each further one up to a cap. Doubling past a named Retry-After only delays delivery:
 * 50 rooms competing for Slack's 20-a-minute channel creation took 114 s that way, where the limit allows 90 s.
 */
public final class Backoff {

    /** A Retry-After of 0 still waits this long, so a confused destination cannot make a lane spin. */
    private static final Duration SOONEST = Duration.ofMillis(250);

    private Backoff() {
    }

    /** failedBefore counts the tries that failed before this one (0 after the first failure). */
    public static Duration after(int failedBefore, Duration cap, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(SOONEST) < 0 ? SOONEST : retryAfter;
        }
        long seconds = Math.min(cap.toSeconds(), 1L << Math.min(Math.max(failedBefore, 0), 16));
        return Duration.ofSeconds(seconds);
    }
}
