package io.warroom.chat;

import java.time.Duration;

/**
 * A delivery that did not go through. Retryable ones (429, 5xx, timeouts) are tried again later, honouring
 * retryAfter when the platform gave one; the others are given up and noted on the incident's timeline.
 * Messages must never contain tokens.
 */
public class DeliveryException extends Exception {

    private final boolean retryable;
    private final Duration retryAfter;

    private DeliveryException(String message, boolean retryable, Duration retryAfter) {
        super(message);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public static DeliveryException retryLater(String message, Duration retryAfter) {
        return new DeliveryException(message, true, retryAfter);
    }

    public static DeliveryException retryLater(String message) {
        return new DeliveryException(message, true, null);
    }

    public static DeliveryException giveUp(String message) {
        return new DeliveryException(message, false, null);
    }

    public boolean retryable() {
        return retryable;
    }

    /** How long the platform asked us to wait; null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
