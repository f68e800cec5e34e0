package io.warroom.monitor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Error-rate rules over shipped access logs; the monitors file can set other values per service. */
@ConfigMapping(prefix = "warroom.error-rates")
public interface ErrorRateConfig {

    /** Share of 5xx answers (percent) over the window that posts a warning to the alert channels. */
    @WithDefault("5")
    double warningPercent();

    /** Share of 5xx answers (percent) over the window that raises a critical alert (opens or joins an incident). */
    @WithDefault("10")
    double criticalPercent();

    /** The window the share is computed over, in whole minutes, counting the current minute. */
    @WithDefault("5m")
    Duration window();

    /** Fewer requests than this in the window are too few to judge: no alert. */
    @WithDefault("100")
    long minRequests();

    /** How often the rules are evaluated: a duration such as 1m, or {@code off}. */
    @WithDefault("1m")
    String checkEvery();

    /** Per-minute counts (and response-time histograms) older than this are deleted. */
    @WithDefault("2h")
    Duration keep();

    /** How long the instance evaluating the rules holds its lease without renewing it. */
    @WithDefault("2m")
    Duration leaseTtl();

    /** The largest access-log upload taken at once (larger: 413); Quarkus's own limit, 10M by default, applies too. */
    @WithDefault("10M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    default ErrorRateRule defaults() {
        return new ErrorRateRule(warningPercent(), criticalPercent(), window(), minRequests());
    }
}
