package io.warroom.alert.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.warroom.alert.Alert;
import io.warroom.alert.AlertKeys;
import io.warroom.alert.AlertLevels;
import io.warroom.alert.AlertStatus;
import io.warroom.incident.Echo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alertmanager's webhook (version 4): a group of alerts with groupKey, each with status, labels, annotations,
 * startsAt/endsAt, generatorURL and fingerprint; truncatedAlerts says how many the sender left out (max_alerts).
 */
@ApplicationScoped
public class AlertmanagerSource implements AlertSource {

    @Inject
    AlertLevels levels;

    @Override
    public String name() {
        return "alertmanager";
    }

    @Override
    public Intake read(IntakeRequest request) {
        JsonNode root = request.json();
        return new Intake(request.digest(), alerts(root, name(), (alert, path, links, description, notes) -> {
        }), List.of(), null, Fields.integer(root, "truncatedAlerts"));
    }

    /** Lets Grafana add what its webhook has beyond Alertmanager's (links, values) to each alert. */
    interface Extras {
        void add(JsonNode alert, String path, Map<String, String> links, StringBuilder description,
                List<String> notes);
    }

    List<Alert> alerts(JsonNode root, String source, Extras extras) {
        JsonNode alerts = root.get("alerts");
        if (alerts == null || alerts.isNull()) {
            throw IntakeException.missing("alerts");
        }
        if (!alerts.isArray()) {
            throw IntakeException.invalid("alerts", "Field `alerts` must be an array.");
        }
        List<String> groupNotes = new ArrayList<>();
        String groupKey = Fields.optionalText(root, "groupKey", "", groupNotes);
        Map<String, String> commonLabels = Fields.optionalStrings(root, "commonLabels", "", groupNotes);
        List<Alert> read = new ArrayList<>(alerts.size());
        for (int i = 0; i < alerts.size(); i++) {
            String path = "alerts[" + i + "]";
            JsonNode alert = alerts.get(i);
            if (!alert.isObject()) {
                throw IntakeException.invalid(path, "`" + path + "` must be an object.");
            }
            String status = Fields.required(alert, "status", path);
            AlertStatus state = switch (status) {
                case "firing" -> AlertStatus.FIRING;
                case "resolved" -> AlertStatus.RESOLVED;
                default -> throw IntakeException.invalid(path + ".status", "`" + path
                        + ".status` must be firing or resolved, not `" + Echo.of(status) + "`.");
            };
            List<String> notes = new ArrayList<>(groupNotes);
            Map<String, String> labels = new LinkedHashMap<>(commonLabels);
            labels.putAll(Fields.optionalStrings(alert, "labels", path, notes));
            Map<String, String> annotations = Fields.optionalStrings(alert, "annotations", path, notes);
            String title = Fields.firstOf(annotations, "summary", "title");
            if (title == null) {
                title = labels.get("alertname");
            }
            if (title == null) {
                throw IntakeException.missing(path + ".labels.alertname");
            }
            String fingerprint = Fields.optionalText(alert, "fingerprint", path, notes);
            if (fingerprint == null) {
                fingerprint = AlertKeys.sha256(new TreeMap<>(labels).toString()).substring(0, 16);
            }
            Map<String, String> links = new LinkedHashMap<>();
            putLink(links, "generator", Fields.optionalText(alert, "generatorURL", path, notes));
            putLink(links, "runbook", Fields.firstOf(annotations, "runbook_url", "runbook"));
            StringBuilder description = new StringBuilder(nonNull(Fields.firstOf(annotations, "description",
                    "message")));
            extras.add(alert, path, links, description, notes);
            read.add(new Alert(source, fingerprint, groupKey, state, levels.of(labels), title,
                    description.isEmpty() ? null : description.toString(),
                    Fields.firstOf(labels, "service", "app", "job"), Fields.firstOf(labels, "env", "environment"),
                    labels, Fields.optionalTime(alert, "startsAt", path, notes),
                    Fields.optionalTime(alert, "endsAt", path, notes), links, null, null, null, null, notes));
        }
        return read;
    }

    static void putLink(Map<String, String> links, String kind, String url) {
        if (url != null && !url.isBlank()) {
            links.put(kind, url);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
