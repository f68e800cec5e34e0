package io.warroom.monitor;

import io.warroom.alert.Alert;
import io.warroom.alert.AlertSeverity;
import io.warroom.alert.AlertStatus;
import io.warroom.config.HumanDuration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The alerts a latency rule sends. One fingerprint per service for every level, so slow responses that get slower
 * stay one alert (and one incident) until they resolve; it differs from the error-rate one, so a service failing
 * and slow at once has both alerts in its incident.
 */
final class LatencyAlerts {

    static final String SOURCE = "latency";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private LatencyAlerts() {
    }

    static String fingerprint(String service) {
        return SOURCE + ":" + service;
    }

    /** The requests of one service over a rule's window of whole minutes, from and to inclusive. */
    record Window(LatencyHistogram requests, Instant from, Instant to) {
    }

    static Alert alert(String service, LatencyRule rule, Window window, ErrorRateRule.Level before,
            ErrorRateRule.Level level, Instant since, Instant now) {
        LatencyStatistic statistic = rule.statistic();
        long value = statistic.of(window.requests());
        String span = HumanDuration.format(rule.window());
        String measured = String.format(Locale.ROOT, "Between %s and %s UTC: %,d requests with a response time, "
                + "average %s, p95 %s, p99 %s (%s: warning above %s, incident above %s, at least %,d requests).",
                HH_MM.format(window.from()), HH_MM.format(window.to().plusSeconds(60)), window.requests().requests(),
                ResponseTime.format(window.requests().averageMicros()),
                ResponseTime.format(window.requests().percentileMicros(95)),
                ResponseTime.format(window.requests().percentileMicros(99)), statistic.label(),
                ResponseTime.format(rule.warning()), ResponseTime.format(rule.critical()), rule.minRequests());
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("rule", "latency");
        labels.put("statistic", statistic.label());
        labels.put("window", span);
        labels.put("value_ms", String.format(Locale.ROOT, "%.1f", value / 1000.0));
        labels.put("requests", String.valueOf(window.requests().requests()));
        if (level == ErrorRateRule.Level.OK) {
            String why = !rule.enabled() ? "no longer judged (switched off in the monitors file)"
                    : !rule.judges(window.requests()) ? String.format(Locale.ROOT, "no longer judged: %,d requests "
                            + "with a response time over %s, fewer than %,d", window.requests().requests(), span,
                            rule.minRequests())
                    : "back within " + ResponseTime.format(rule.warning()) + " (" + ResponseTime.format(value)
                            + " over " + span + ")";
            return new Alert(SOURCE, fingerprint(service), null, AlertStatus.RESOLVED, severity(before),
                    service + ": " + statistic.describe() + " " + why, measured, service, null, labels, since, now,
                    Map.of(), null, null, null);
        }
        String threshold = level == ErrorRateRule.Level.CRITICAL ? "incident threshold "
                + ResponseTime.format(rule.critical()) : "warning threshold " + ResponseTime.format(rule.warning());
        String title = String.format(Locale.ROOT, "%s: %s %s over %s (%,d requests), %s", service,
                statistic.describe(), ResponseTime.format(value), span, window.requests().requests(), threshold);
        return new Alert(SOURCE, fingerprint(service), null, AlertStatus.FIRING, severity(level), title, measured,
                service, null, labels, since, null, Map.of(), null, null, null);
    }

    private static AlertSeverity severity(ErrorRateRule.Level level) {
        return level == ErrorRateRule.Level.CRITICAL ? AlertSeverity.CRITICAL : AlertSeverity.WARNING;
    }
}
