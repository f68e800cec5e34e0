package io.warroom.monitor;

import io.warroom.alert.Alert;
import io.warroom.alert.AlertSeverity;
import io.warroom.alert.AlertStatus;
import io.warroom.config.HumanDuration;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.i18n.TimeTexts;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The critical alert of a failing health check and the resolution that follows its recovery. */
final class HealthAlerts {

    static final String SOURCE = "healthcheck";

    private HealthAlerts() {
    }

    static Alert failing(Monitor monitor, int failures, HealthProbe.Result last, Instant since, Language language) {
        MonitorMessages texts = Bundles.in(MonitorMessages.class, language);
        String times = failures == 1 ? texts.failedOnce()
                : texts.failedInRow(failures, duration(monitor.interval(), language));
        return new Alert(SOURCE, monitor.fingerprint(), null, AlertStatus.FIRING, AlertSeverity.CRITICAL,
                texts.failingTitle(monitor.service(), monitor.name(), last.summary()),
                texts.failingDescription(monitor.method(), HealthProbe.shown(monitor.url()), times, last.summary()),
                monitor.service(), null, labels(monitor), since, null, links(monitor), null, null, null);
    }

    static Alert recovered(Monitor monitor, HealthProbe.Result last, Instant since, Instant now, Language language) {
        MonitorMessages texts = Bundles.in(MonitorMessages.class, language);
        return new Alert(SOURCE, monitor.fingerprint(), null, AlertStatus.RESOLVED, AlertSeverity.CRITICAL,
                texts.recoveredTitle(monitor.service(), monitor.name()),
                texts.recoveredDescription(monitor.method(), HealthProbe.shown(monitor.url()), last.summary()),
                monitor.service(), null, labels(monitor), since, now, links(monitor), null, null, null);
    }

    /** An interval as the monitors file writes it ("1m"); the language's own units elsewhere. */
    static String duration(Duration interval, Language language) {
        return language == Language.EN ? HumanDuration.format(interval) : TimeTexts.in(language).duration(interval);
    }

    /** A monitor removed from the file while firing: its alert would otherwise stay raised forever. */
    static Alert removed(String name, Instant since, Instant now, Language language) {
        MonitorMessages texts = Bundles.in(MonitorMessages.class, language);
        return new Alert(SOURCE, "healthcheck:" + name, null, AlertStatus.RESOLVED, AlertSeverity.CRITICAL,
                texts.removedTitle(name), texts.removedDescription(), null, null,
                Map.of("monitor", name), since, now, Map.of(), null, null, null);
    }

    private static Map<String, String> labels(Monitor monitor) {
        return Map.of("monitor", monitor.name(), "url", HealthProbe.shown(monitor.url()));
    }

    private static Map<String, String> links(Monitor monitor) {
        return Map.of("generator", HealthProbe.shown(monitor.url()));
    }
}
