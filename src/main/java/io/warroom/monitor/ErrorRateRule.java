package io.warroom.monitor;

import java.time.Duration;

/**
 * When a service's share of 5xx answers over the window is alarming: at warningPercent a warning (posted, no
 * incident), at criticalPercent a critical alert (opens or joins an incident); never with fewer than minRequests.
 */
public record ErrorRateRule(double warningPercent, double criticalPercent, Duration window, long minRequests) {

    public enum Level {
        OK,
        WARNING,
        CRITICAL
    }

    /** The level for this many requests and 5xx answers; OK when there are too few requests to judge. */
    public Level levelFor(long total, long serverErrors) {
        if (total < minRequests || total == 0) {
            return Level.OK;
        }
        double percent = 100.0 * serverErrors / total;
        if (percent >= criticalPercent) {
            return Level.CRITICAL;
        }
        return percent >= warningPercent ? Level.WARNING : Level.OK;
    }
}
