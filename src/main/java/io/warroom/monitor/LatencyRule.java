package io.warroom.monitor;

import java.time.Duration;
import java.util.Optional;

/**
 * When a service's response times over the window are alarming: the statistic above the warning threshold posts a
 * warning, above the critical one it raises a critical alert (opens or joins an incident); never with fewer than
 * minRequests requests that carried a response time, and never when the rule is switched off for the service.
 */
public record LatencyRule(LatencyStatistic statistic, Duration warning, Duration critical, Duration window,
        long minRequests, boolean enabled) {

    /** A service's latency settings from the monitors file; an empty field takes the global value. */
    public record Override(Optional<LatencyStatistic> statistic, Optional<Duration> warning,
            Optional<Duration> critical, Optional<Duration> window, Optional<Long> minRequests,
            Optional<Boolean> enabled) {

        public LatencyRule applyTo(LatencyRule defaults) {
            return new LatencyRule(statistic.orElse(defaults.statistic()), warning.orElse(defaults.warning()),
                    critical.orElse(defaults.critical()), window.orElse(defaults.window()),
                    minRequests.orElse(defaults.minRequests()), enabled.orElse(defaults.enabled()));
        }
    }

    /** The level for these requests; OK when there are too few to judge or the rule is off. */
    public ErrorRateRule.Level levelFor(LatencyHistogram requests) {
        if (!judges(requests)) {
            return ErrorRateRule.Level.OK;
        }
        long value = statistic.of(requests);
        if (value > ResponseTime.micros(critical)) {
            return ErrorRateRule.Level.CRITICAL;
        }
        return value > ResponseTime.micros(warning) ? ErrorRateRule.Level.WARNING : ErrorRateRule.Level.OK;
    }

    boolean judges(LatencyHistogram requests) {
        return enabled && requests.requests() > 0 && requests.requests() >= minRequests;
    }

    /** Whole minutes from 1m to 1h, as the per-minute histograms allow. */
    static boolean usableWindow(Duration window) {
        return window.compareTo(Duration.ofMinutes(1)) >= 0 && window.compareTo(Duration.ofHours(1)) <= 0
                && window.toNanos() % Duration.ofMinutes(1).toNanos() == 0;
    }
}
