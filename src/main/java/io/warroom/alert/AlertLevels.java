package io.warroom.alert;

import io.warroom.incident.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads severities from labels: whether an alert is critical, a warning or info, and which incident severity a
 * critical alert opens with.
 */
@ApplicationScoped
public class AlertLevels {

    private static final Map<String, AlertSeverity> WORDS = new HashMap<>();

    static {
        for (String word : new String[] {"critical", "crit", "page", "disaster", "fatal", "emergency", "error", "high",
                "p1", "p2", "sev1", "sev2"}) {
            WORDS.put(word, AlertSeverity.CRITICAL);
        }
        for (String word : new String[] {"warning", "warn", "medium", "average", "p3", "sev3"}) {
            WORDS.put(word, AlertSeverity.WARNING);
        }
        for (String word : new String[] {"info", "information", "low", "none", "ok", "p4", "p5", "sev4"}) {
            WORDS.put(word, AlertSeverity.INFO);
        }
    }

    @Inject
    AlertsConfig config;

    /** A severity word as monitoring tools write it (critical, warning, info, error, high, p1...). */
    public static Optional<AlertSeverity> word(String text) {
        return text == null ? Optional.empty()
                : Optional.ofNullable(WORDS.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The alert's level from its labels: an explicit incident severity label makes it critical; else the `severity`
     * label; else the configured level for unlabelled alerts.
     */
    public AlertSeverity of(Map<String, String> labels) {
        if (explicitSeverity(labels).isPresent()) {
            return AlertSeverity.CRITICAL;
        }
        return word(labels.get("severity")).orElseGet(this::unlabelled);
    }

    public AlertSeverity unlabelled() {
        return word(config.unlabelledSeverity()).orElse(AlertSeverity.WARNING);
    }

    /** The incident severity a critical alert opens with. */
    public Severity incidentSeverity(Alert alert) {
        return explicitSeverity(alert.labels()).or(() -> mapped(alert.labels().get("severity")))
                .or(() -> Severity.parse(config.incidentSeverity())).orElse(Severity.SEV2);
    }

    private Optional<Severity> explicitSeverity(Map<String, String> labels) {
        for (String label : config.severityLabels()) {
            Optional<Severity> severity = Severity.parse(labels.get(label));
            if (severity.isPresent()) {
                return severity;
            }
        }
        return Optional.empty();
    }

    private Optional<Severity> mapped(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (String pair : config.severityMap()) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase(value.strip())) {
                return Severity.parse(pair.substring(eq + 1));
            }
        }
        return Optional.empty();
    }
}
