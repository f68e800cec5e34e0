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
 * The alerts an error-rate rule sends. One fingerprint per service for every level, so a warning that turns
 * critical, or a critical rate that eases to a warning, stays one alert (and one incident) until it resolves.
 */
final class ErrorRateAlerts {

    static final String SOURCE = "error-rate";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private ErrorRateAlerts() {
    }

    static String fingerprint(String service) {
        return SOURCE + ":" + service;
    }

    static Alert alert(String service, ErrorRateRule rule, ErrorRateWindow window, ErrorRateRule.Level before,
            ErrorRateRule.Level level, Instant since, Instant now, Language language) {
        MonitorMessages texts = Bundles.in(MonitorMessages.class, language);
        String span = HumanDuration.format(rule.window());
        String percent = String.format(Locale.ROOT, "%.1f", window.percent());
        String description = texts.errorRateDescription(window.serverErrors(), window.total(), percent,
                HH_MM.format(window.from()), HH_MM.format(window.to().plusSeconds(60)), texts.errorRateThresholds(
                        number(rule.warningPercent()), number(rule.criticalPercent()), rule.minRequests()));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("rule", "5xx-ratio");
        labels.put("window", span);
        labels.put("percent", percent);
        labels.put("requests", String.valueOf(window.total()));
        if (level == ErrorRateRule.Level.OK) {
            String title = window.total() < rule.minRequests() ? texts.errorRateTooFew(service, rule.minRequests())
                    : texts.errorRateBackBelow(service, number(rule.warningPercent()));
            return new Alert(SOURCE, fingerprint(service), null, AlertStatus.RESOLVED, severity(before), title,
                    description, service, null, labels, since, now, Map.of(), null, null, null);
        }
        String title = texts.errorRateTitle(service, percent, HealthAlerts.duration(rule.window(), language));
        return new Alert(SOURCE, fingerprint(service), null, AlertStatus.FIRING, severity(level), title,
                description, service, null, labels, since, null, Map.of(), null, null, null);
    }

    private static AlertSeverity severity(ErrorRateRule.Level level) {
        return level == ErrorRateRule.Level.CRITICAL ? AlertSeverity.CRITICAL : AlertSeverity.WARNING;
    }

    private static String number(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }
}
