package io.warroom.monitor;

import io.warroom.alert.Alert;
import io.warroom.alert.AlertSeverity;
import io.warroom.alert.AlertStatus;
import io.warroom.config.HumanDuration;
import java.time.Instant;
import java.util.Map;

/** The critical alert of a failing health check and the resolution that follows its recovery. */
final class HealthAlerts {

    static final String SOURCE = "healthcheck";

    private HealthAlerts() {
    }

    static Alert failing(Monitor monitor, int failures, HealthProbe.Result last, Instant since) {
        String times = failures == 1 ? "its check failed" : "failed " + failures + " checks in a row (every "
                + HumanDuration.format(monitor.interval()) + ")";
        return new Alert(SOURCE, monitor.fingerprint(), null, AlertStatus.FIRING, AlertSeverity.CRITICAL,
                monitor.service() + ": health check " + monitor.name() + " is failing: " + last.summary(),
                monitor.method() + " " + HealthProbe.shown(monitor.url()) + " " + times + "; last: " + last.summary()
                        + ".", monitor.service(), null, labels(monitor), since, null, links(monitor), null, null,
                null);
    }

    static Alert recovered(Monitor monitor, HealthProbe.Result last, Instant since, Instant now) {
        return new Alert(SOURCE, monitor.fingerprint(), null, AlertStatus.RESOLVED, AlertSeverity.CRITICAL,
                monitor.service() + ": health check " + monitor.name() + " recovered",
                monitor.method() + " " + HealthProbe.shown(monitor.url()) + " is healthy again: " + last.summary()
                        + ".", monitor.service(), null, labels(monitor), since, now, links(monitor), null, null, null);
    }

    /** A monitor removed from the file while firing: its alert would otherwise stay raised forever. */
    static Alert removed(String name, Instant since, Instant now) {
        return new Alert(SOURCE, "healthcheck:" + name, null, AlertStatus.RESOLVED, AlertSeverity.CRITICAL,
                "health check " + name + " was removed from the monitors file",
                "The monitor is no longer configured, so its alert is resolved.", null, null,
                Map.of("monitor", name), since, now, Map.of(), null, null, null);
    }

    private static Map<String, String> labels(Monitor monitor) {
        return Map.of("monitor", monitor.name(), "url", HealthProbe.shown(monitor.url()));
    }

    private static Map<String, String> links(Monitor monitor) {
        return Map.of("generator", HealthProbe.shown(monitor.url()));
    }
}
