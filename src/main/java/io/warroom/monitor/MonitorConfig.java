package io.warroom.monitor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Health checks from the monitors file. */
@ConfigMapping(prefix = "warroom.monitors")
public interface MonitorConfig {

    /**
     * The monitors YAML file (health checks, per-service error-rate and latency rules); health checks are off
     * without it.
     */
    Optional<String> file();

    /** How often monitors whose interval has passed are looked for: a duration such as 5s, or {@code off}. */
    @WithDefault("5s")
    String checkEvery();

    /** How long the instance running the health checks holds its lease without renewing it. */
    @WithDefault("2m")
    Duration leaseTtl();
}
