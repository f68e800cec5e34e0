package io.warroom.monitor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the monitors file says: the health checks, and error-rate and latency settings that differ from the global
 * ones, by service (each field that is not set there is empty and falls back to the global value).
 */
public record Monitors(List<Monitor> checks, Map<String, RuleOverride> errorRates,
        Map<String, LatencyRule.Override> latency) {

    /** A service's error-rate settings; an empty field takes the global default. */
    public record RuleOverride(Optional<Double> warningPercent, Optional<Double> criticalPercent,
            Optional<java.time.Duration> window, Optional<Long> minRequests) {
    }

    public Monitors {
        checks = List.copyOf(checks);
        errorRates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errorRates));
        latency = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(latency));
    }

    public static Monitors empty() {
        return new Monitors(List.of(), Map.of(), Map.of());
    }

    /** The latency rule for a service: its overrides on top of the defaults. */
    public LatencyRule latencyRuleFor(String service, LatencyRule defaults) {
        LatencyRule.Override o = latency.get(service);
        return o == null ? defaults : o.applyTo(defaults);
    }

    /** The rule for a service: its overrides on top of the defaults. */
    public ErrorRateRule ruleFor(String service, ErrorRateRule defaults) {
        RuleOverride o = errorRates.get(service);
        if (o == null) {
            return defaults;
        }
        return new ErrorRateRule(o.warningPercent().orElse(defaults.warningPercent()),
                o.criticalPercent().orElse(defaults.criticalPercent()), o.window().orElse(defaults.window()),
                o.minRequests().orElse(defaults.minRequests()));
    }
}
