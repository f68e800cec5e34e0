package io.warroom.monitor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Latency rules over the response times in shipped access logs; the monitors file can set other values per
 * service. Counts are kept and pruned with the request counts ({@code warroom.error-rates.keep}).
 */
@ConfigMapping(prefix = "warroom.latency")
public interface LatencyConfig {

    /** What is judged: {@code avg} (mean response time) or a percentile such as {@code p95} or {@code p99}. */
    @WithDefault("avg")
    String statistic();

    /** A statistic above this over the window posts a warning to the alert channels. */
    @WithDefault("1s")
    Duration warning();

    /** A statistic above this over the window raises a critical alert (opens or joins an incident). */
    @WithDefault("3s")
    Duration critical();

    /** The window the statistic is computed over, in whole minutes, counting the current minute. */
    @WithDefault("5m")
    Duration window();

    /** Fewer requests with a response time than this in the window are too few to judge: no alert. */
    @WithDefault("100")
    long minRequests();

    /** How often the rules are evaluated: a duration such as 1m, or {@code off}. */
    @WithDefault("1m")
    String checkEvery();

    /** The global rule, or why the settings cannot make one (naming the environment variable to fix). */
    default LatencyRule defaults() {
        LatencyStatistic statistic = LatencyStatistic.parse(statistic()).orElseThrow(() -> new IllegalStateException(
                "WARROOM_LATENCY_STATISTIC: `" + io.warroom.incident.Echo.of(statistic(), 40)
                        + "` is neither avg nor a percentile such as p95 or p99"));
        ResponseTime.thresholdProblem(warning()).ifPresent(problem -> {
            throw new IllegalStateException("WARROOM_LATENCY_WARNING: " + problem);
        });
        ResponseTime.thresholdProblem(critical()).ifPresent(problem -> {
            throw new IllegalStateException("WARROOM_LATENCY_CRITICAL: " + problem);
        });
        if (critical().compareTo(warning()) <= 0) {
            throw new IllegalStateException("WARROOM_LATENCY_CRITICAL: must be larger than WARROOM_LATENCY_WARNING ("
                    + ResponseTime.format(warning()) + ")");
        }
        if (!LatencyRule.usableWindow(window())) {
            throw new IllegalStateException("WARROOM_LATENCY_WINDOW: must be whole minutes from 1m to 1h "
                    + "(response times are kept per minute)");
        }
        if (minRequests() < 1) {
            throw new IllegalStateException("WARROOM_LATENCY_MIN_REQUESTS: must be at least 1");
        }
        return new LatencyRule(statistic, warning(), critical(), window(), minRequests(), true);
    }
}
