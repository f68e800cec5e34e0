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
 * Every minute, per service, the share of 5xx answers over its window: a change of level (OK, warning, critical)
 * is reported to alert routing, and only a change, so a steady 12% opens one incident, not one per minute.
 */
@ApplicationScoped
public class ErrorRateRules {

    private static final Logger LOG = Logger.getLogger(ErrorRateRules.class);

    @Inject
    RequestCounts counts;

    @Inject
    MonitorCatalog catalog;

    @Inject
    ErrorRateConfig config;

    @Inject
    AlertSink sink;

    @Inject
    Languages languages;

    @Inject
    RuleStates ruleStates;

    /** Evaluates every service with traffic or a raised alert, then drops counts older than the retention. */
    public void evaluate(Instant now) {
        Monitors monitors = catalog.current();
        ErrorRateRule defaults = config.defaults();
        Instant currentMinute = now.truncatedTo(ChronoUnit.MINUTES);
        Duration longest = monitors.errorRates().keySet().stream().map(s -> monitors.ruleFor(s, defaults).window())
                .reduce(defaults.window(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        Map<String, Map<Instant, AccessLogBatch.MinuteCount>> recent = counts.since(firstMinute(currentMinute,
                longest));
        Map<String, ErrorRateState> states = ruleStates.all(ErrorRateState.class);
        TreeSet<String> services = new TreeSet<>(recent.keySet());
        services.addAll(states.keySet());
        for (String service : services) {
            ErrorRateRule rule = monitors.ruleFor(service, defaults);
            ErrorRateWindow window = ErrorRateWindow.of(recent.getOrDefault(service, Map.of()),
                    firstMinute(currentMinute, rule.window()), currentMinute);
            ErrorRateState state = states.get(service);
            ErrorRateRule.Level before = state == null ? ErrorRateRule.Level.OK : state.level;
            ErrorRateRule.Level level = rule.levelFor(window.total(), window.serverErrors());
            if (level != before) {
                report(service, rule, window, before, level, state, now);
            }
        }
        int pruned = counts.pruneBefore(currentMinute.minus(config.keep()));
        if (pruned > 0) {
            LOG.debugf("Dropped %d per-minute request counts older than %s", pruned, config.keep());
        }
    }

    private void report(String service, ErrorRateRule rule, ErrorRateWindow window, ErrorRateRule.Level before,
            ErrorRateRule.Level level, ErrorRateState state, Instant now) {
        Instant since = state == null || before == ErrorRateRule.Level.OK ? now : state.since;
        try {
            AlertSink.AlertRouting routing = sink.accept(ErrorRateAlerts.alert(service, rule, window, before, level,
                    since, now, languages.forService(service)));
            LOG.infof("Error rate of %s: %s -> %s (%s): %s", service, before, level, window.describe(),
                    routing.outcome());
        } catch (RuntimeException e) {
            // Not recorded as reported: the next evaluation tries again.
            LOG.errorf(e, "Error rate of %s changed to %s but alert routing failed", service, level);
            return;
        }
        ruleStates.remember(ErrorRateState.class, ErrorRateState::new, service, level, since,
                row -> row.lastRatio = window.percent());
    }

    /** The first minute of a window that ends with (and counts) the current minute. */
    static Instant firstMinute(Instant currentMinute, Duration window) {
        return currentMinute.minus(window).plus(Duration.ofMinutes(1));
    }
}
