package io.warroom.chat;

import java.time.Duration;
import java.util.Locale;

/**
 * A delivery that did not go through. Retryable ones (429, 5xx, timeouts) are tried again later, honouring
 * retryAfter when the platform gave one; the others are given up and noted on the incident's timeline.
 * Messages must never contain tokens. The reason class is what {@code warroom_deliveries_failed_total} counts.
 */
public class DeliveryException extends Exception {

    /** Why, in classes an operator can act on. */
    public enum Reason {
        /** The platform said 429 or "rate limited". */
        RATE_LIMITED,
        /** The platform answered 5xx or a temporary error of its own. */
        SERVER_ERROR,
        /** No answer: connection refused, timeout, not connected. */
        UNREACHABLE,
        /** The platform refused it for good (4xx, missing permission, unknown channel). */
        REJECTED,
        /** Warroom lacks the setting the delivery needs. */
        UNCONFIGURED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final boolean retryable;
    private final Duration retryAfter;
    private final Reason reason;
    private final boolean sentNothing;
    private final boolean heldBack;

    private DeliveryException(String message, boolean retryable, Duration retryAfter, Reason reason,
            boolean sentNothing, boolean heldBack) {
        super(message);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.reason = reason;
        this.sentNothing = sentNothing;
        this.heldBack = heldBack;
    }

    private DeliveryException(String message, boolean retryable, Duration retryAfter, Reason reason) {
        this(message, retryable, retryAfter, reason, false, false);
    }

    public static DeliveryException retryLater(Reason reason, String message, Duration retryAfter) {
        return new DeliveryException(message, true, retryAfter, reason);
    }

    /** A temporary failure of no named class: rate limited when the platform gave a wait, else unreachable. */
    public static DeliveryException retryLater(String message, Duration retryAfter) {
        return retryLater(retryAfter != null ? Reason.RATE_LIMITED : Reason.UNREACHABLE, message, retryAfter);
    }

    public static DeliveryException retryLater(String message) {
        return retryLater(Reason.UNREACHABLE, message, null);
    }

    /**
     * Not tried: Warroom holds the call back itself until the platform's limit allows it (its own pacing, not a
     * failure). Earlier steps of the same try may still have posted.
     */
    public static DeliveryException heldBack(String message, Duration wait) {
        return new DeliveryException(message, true, wait, Reason.RATE_LIMITED, false, true);
    }

    public static DeliveryException giveUp(Reason reason, String message) {
        return new DeliveryException(message, false, null, reason);
    }

    public static DeliveryException giveUp(String message) {
        return giveUp(Reason.REJECTED, message);
    }

    public boolean retryable() {
        return retryable;
    }

    /** How long the platform asked us to wait; null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The same failure, known to have left nothing people can see: no message of the try can have been posted (each
     * post was refused or never sent), so its retry need not look for one first.
     */
    public DeliveryException sentNothing() {
        DeliveryException same = new DeliveryException(getMessage(), retryable, retryAfter, reason, true, heldBack);
        same.setStackTrace(getStackTrace());
        return same;
    }

    /** True when Warroom did not make the call, waiting for the platform's limit: not a failed delivery. */
    public boolean heldBack() {
        return heldBack;
    }

    /** True when the try is known to have posted nothing; false when it may have (the default). */
    public boolean postedNothing() {
        return sentNothing;
    }
}
