package io.warroom.monitor;

import io.warroom.alert.AlertSink;
import io.warroom.incident.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Every minute, per service, the average or percentile response time over its window: a change of level (OK,
 * warning, critical) is reported to alert routing, and only a change, so a steady 4 s opens one incident, not one
 * per minute. A raised alert resolves once the statistic is back within the warning threshold.
 */
@ApplicationScoped
public class LatencyRules {

    private static final Logger LOG = Logger.getLogger(LatencyRules.class);

    @Inject
    LatencyCounts counts;

    @Inject
    MonitorCatalog catalog;

    @Inject
    LatencyConfig config;

    @Inject
    ErrorRateConfig errorRates;

    @Inject
    AlertSink sink;

    @Inject
    Languages languages;

    @Inject
    RuleStates ruleStates;

    /** Evaluates every service with timed requests or a raised alert, then drops histograms past the retention. */
    public void evaluate(Instant now) {
        Monitors monitors = catalog.current();
        LatencyRule defaults = config.defaults();
        Instant currentMinute = now.truncatedTo(ChronoUnit.MINUTES);
        Duration longest = monitors.latency().keySet().stream()
                .map(s -> monitors.latencyRuleFor(s, defaults).window())
                .reduce(defaults.window(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        Map<String, Map<Instant, LatencyHistogram>> recent = counts.since(
                ErrorRateRules.firstMinute(currentMinute, longest));
        Map<String, LatencyState> states = ruleStates.all(LatencyState.class);
        TreeSet<String> services = new TreeSet<>(recent.keySet());
        services.addAll(states.keySet());
        for (String service : services) {
            LatencyRule rule = monitors.latencyRuleFor(service, defaults);
            LatencyAlerts.Window window = window(recent.getOrDefault(service, Map.of()),
                    ErrorRateRules.firstMinute(currentMinute, rule.window()), currentMinute);
            LatencyState state = states.get(service);
            ErrorRateRule.Level before = state == null ? ErrorRateRule.Level.OK : state.level;
            ErrorRateRule.Level level = rule.levelFor(window.requests());
            if (level != before) {
                report(service, rule, window, before, level, state, now);
            }
        }
        int pruned = counts.pruneBefore(currentMinute.minus(errorRates.keep()));
        if (pruned > 0) {
            LOG.debugf("Dropped %d response-time buckets older than %s", pruned, errorRates.keep());
        }
    }

    private static LatencyAlerts.Window window(Map<Instant, LatencyHistogram> minutes, Instant from, Instant to) {
        LatencyHistogram merged = new LatencyHistogram();
        minutes.forEach((minute, histogram) -> {
            if (!minute.isBefore(from) && !minute.isAfter(to)) {
                merged.addAll(histogram);
            }
        });
        return new LatencyAlerts.Window(merged, from, to);
    }

    private void report(String service, LatencyRule rule, LatencyAlerts.Window window, ErrorRateRule.Level before,
            ErrorRateRule.Level level, LatencyState state, Instant now) {
        Instant since = state == null || before == ErrorRateRule.Level.OK ? now : state.since;
        long value = rule.statistic().of(window.requests());
        try {
            AlertSink.AlertRouting routing = sink.accept(LatencyAlerts.alert(service, rule, window, before, level,
                    since, now, languages.forService(service)));
            LOG.infof("Latency of %s: %s -> %s (%s %s, %d requests): %s", service, before, level,
                    rule.statistic().label(), ResponseTime.format(value), window.requests().requests(),
                    routing.outcome());
        } catch (RuntimeException e) {
            // Not recorded as reported: the next evaluation tries again.
            LOG.errorf(e, "Latency of %s changed to %s but alert routing failed", service, level);
            return;
        }
        ruleStates.remember(LatencyState.class, LatencyState::new, service, level, since,
                row -> row.lastMicros = value);
    }
}
