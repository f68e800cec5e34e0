package io.warroom.tracker;

import java.time.Duration;

/**
 * A tracker call that did not go through. Retryable ones (network trouble, 5xx, rate limits) are tried again,
 * not before retryAfter when the tracker said; the others need a person to fix something. Never holds a token.
 */
class TrackerException extends Exception {

    private final boolean retryable;
    private final Duration retryAfter;

    TrackerException(String message, boolean retryable, Duration retryAfter) {
        super(message);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    boolean retryable() {
        return retryable;
    }

    /** How long the tracker asked us to wait; null when it did not say. */
    Duration retryAfter() {
        return retryAfter;
    }
}
