package io.warroom.monitor;

import io.warroom.alert.Alert;
import io.warroom.alert.AlertSeverity;
import io.warroom.alert.AlertStatus;
import io.warroom.config.HumanDuration;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
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
            ErrorRateRule.Level level, Instant since, Instant now, Language language) {
        MonitorMessages texts = Bundles.in(MonitorMessages.class, language);
        LatencyStatistic statistic = rule.statistic();
        long value = statistic.of(window.requests());
        String span = HumanDuration.format(rule.window());
        String spanRead = HealthAlerts.duration(rule.window(), language);
        String requests = count(window.requests().requests());
        String measured = texts.latencyDescription(HH_MM.format(window.from()),
                HH_MM.format(window.to().plusSeconds(60)), requests,
                ResponseTime.format(window.requests().averageMicros()),
                ResponseTime.format(window.requests().percentileMicros(95)),
                ResponseTime.format(window.requests().percentileMicros(99)),
                statistic.average() ? texts.averageLabel() : statistic.label(), ResponseTime.format(rule.warning()),
                ResponseTime.format(rule.critical()), count(rule.minRequests()));
        String described = statistic.average() ? texts.averageResponseTime()
                : texts.percentileResponseTime(statistic.label());
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("rule", "latency");
        labels.put("statistic", statistic.label());
        labels.put("window", span);
        labels.put("value_ms", String.format(Locale.ROOT, "%.1f", value / 1000.0));
        labels.put("requests", String.valueOf(window.requests().requests()));
        if (level == ErrorRateRule.Level.OK) {
            String why = !rule.enabled() ? texts.latencySwitchedOff()
                    : !rule.judges(window.requests()) ? texts.latencyTooFew(requests, spanRead,
                            count(rule.minRequests()))
                    : texts.latencyBackWithin(ResponseTime.format(rule.warning()), ResponseTime.format(value),
                            spanRead);
            return new Alert(SOURCE, fingerprint(service), null, AlertStatus.RESOLVED, severity(before),
                    texts.latencyResolved(service, described, why), measured, service, null, labels, since, now,
                    Map.of(), null, null, null);
        }
        String threshold = level == ErrorRateRule.Level.CRITICAL
                ? texts.latencyIncidentThreshold(ResponseTime.format(rule.critical()))
                : texts.latencyWarningThreshold(ResponseTime.format(rule.warning()));
        String title = texts.latencyTitle(service, described, ResponseTime.format(value), spanRead, requests,
                threshold);
        return new Alert(SOURCE, fingerprint(service), null, AlertStatus.FIRING, severity(level), title, measured,
                service, null, labels, since, null, Map.of(), null, null, null);
    }

    /** "1,200": the thousands grouped the same way in every language. */
    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static AlertSeverity severity(ErrorRateRule.Level level) {
        return level == ErrorRateRule.Level.CRITICAL ? AlertSeverity.CRITICAL : AlertSeverity.WARNING;
    }
}
