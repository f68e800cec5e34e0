package io.warroom.monitor;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.warroom.config.YamlFile;
import java.time.Duration;
import java.util.Optional;

/** A service's latency rule under {@code latency:} in the monitors file, checked field by field. */
final class LatencyRulesYaml {

    private LatencyRulesYaml() {
    }

    @JsonClassDescription("a service's latency rule is a mapping, e.g. { statistic: p95, warning: 500ms, "
            + "critical: 2s, window: 10m, min_requests: 50 }")
    record RuleYaml(String statistic, String warning, String critical, Duration window, Integer minRequests,
            Boolean enabled) {
    }

    /** defaults, when known, are the global rule the service's values must fit with (null: check the file alone). */
    static LatencyRule.Override override(YamlFile file, String path, RuleYaml rule, LatencyRule defaults) {
        Optional<LatencyStatistic> statistic = Optional.ofNullable(rule.statistic()).map(text -> LatencyStatistic
                .parse(text).orElseThrow(() -> file.error(path + ".statistic", "`" + text + "` is neither avg nor "
                        + "a percentile such as p95 or p99")));
        Optional<Duration> warning = threshold(file, path + ".warning", rule.warning());
        Optional<Duration> critical = threshold(file, path + ".critical", rule.critical());
        Optional<Duration> usedWarning = warning.or(() -> Optional.ofNullable(defaults).map(LatencyRule::warning));
        Optional<Duration> usedCritical = critical.or(() -> Optional.ofNullable(defaults).map(LatencyRule::critical));
        if (usedWarning.isPresent() && usedCritical.isPresent()
                && usedCritical.get().compareTo(usedWarning.get()) <= 0) {
            String fix = critical.isPresent() ? path + ".critical" : path + ".warning";
            String warningFrom = warning.isPresent() ? "warning" : "the global warning (WARROOM_LATENCY_WARNING)";
            String criticalFrom = critical.isPresent() ? "critical" : "the global critical (WARROOM_LATENCY_CRITICAL)";
            throw file.error(fix, critical.isPresent() ? "must be larger than " + warningFrom + " ("
                    + ResponseTime.format(usedWarning.get()) + ")" : "must be smaller than " + criticalFrom + " ("
                    + ResponseTime.format(usedCritical.get()) + ")");
        }
        Optional<Duration> window = Optional.ofNullable(rule.window());
        if (window.isPresent() && !LatencyRule.usableWindow(window.get())) {
            throw file.error(path + ".window", "must be whole minutes from 1m to 1h (response times are kept per "
                    + "minute)");
        }
        Optional<Long> minRequests = Optional.ofNullable(rule.minRequests()).map(Integer::longValue);
        if (minRequests.isPresent() && minRequests.get() < 1) {
            throw file.error(path + ".min_requests", "must be at least 1");
        }
        return new LatencyRule.Override(statistic, warning, critical, window, minRequests,
                Optional.ofNullable(rule.enabled()));
    }

    private static Optional<Duration> threshold(YamlFile file, String path, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Duration threshold = ResponseTime.parse(text).orElseThrow(() -> file.error(path, "`" + text + "` is not a "
                + "response time; write e.g. 800ms, 1s or 2.5s"));
        ResponseTime.thresholdProblem(threshold).ifPresent(problem -> {
            throw file.error(path, problem);
        });
        return Optional.of(threshold);
    }
}
