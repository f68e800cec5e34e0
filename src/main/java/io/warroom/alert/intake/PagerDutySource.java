package io.warroom.alert.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.warroom.alert.Alert;
import io.warroom.alert.AlertKeys;
import io.warroom.alert.AlertSeverity;
import io.warroom.alert.AlertStatus;
import io.warroom.incident.Echo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PagerDuty Events API v2 (what Uptime Kuma and many tools speak): event_action trigger, acknowledge or resolve,
 * dedup_key as the fingerprint, and payload summary, source, severity, component, group, class, custom_details.
 * A trigger without dedup_key gets one derived from routing key, source and summary, and the answer names it.
 */
@ApplicationScoped
public class PagerDutySource implements AlertSource {

    @Override
    public String name() {
        return "pagerduty";
    }

    @Override
    public Intake read(IntakeRequest request) {
        JsonNode root = request.json();
        String routingKey = Fields.required(root, "routing_key", "");
        String action = Fields.required(root, "event_action", "");
        if (!List.of("trigger", "acknowledge", "resolve").contains(action)) {
            throw IntakeException.invalid("event_action", "Field `event_action` must be trigger, acknowledge or "
                    + "resolve, not `" + Echo.of(action) + "`.");
        }
        String dedupKey = Fields.text(root, "dedup_key", "");
        if (!action.equals("trigger")) {
            if (dedupKey == null) {
                throw IntakeException.missing("dedup_key");
            }
            Alert alert = new Alert(name(), dedupKey, null, action.equals("resolve") ? AlertStatus.RESOLVED
                    : AlertStatus.FIRING, AlertSeverity.CRITICAL, "PagerDuty event " + dedupKey, null, null, null,
                    Map.of(), null, null, Map.of(), null, null, null);
            return action.equals("resolve") ? Intake.of(request.digest(), List.of(alert))
                    : new Intake(request.digest(), List.of(), List.of(alert), null, 0);
        }
        JsonNode payload = Fields.requiredObject(root, "payload", "");
        String summary = Fields.required(payload, "summary", "payload");
        String source = Fields.required(payload, "source", "payload");
        String severityText = Fields.required(payload, "severity", "payload");
        AlertSeverity severity = switch (severityText) {
            case "critical", "error" -> AlertSeverity.CRITICAL;
            case "warning" -> AlertSeverity.WARNING;
            case "info" -> AlertSeverity.INFO;
            default -> throw IntakeException.invalid("payload.severity", "Field `payload.severity` must be critical, "
                    + "error, warning or info, not `" + Echo.of(severityText) + "`.");
        };
        if (dedupKey == null) {
            dedupKey = AlertKeys.sha256(routingKey + "\n" + source + "\n" + summary).substring(0, 32);
        }
        List<String> notes = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("severity", severityText);
        labels.put("source", source);
        putIfPresent(labels, "component", Fields.optionalText(payload, "component", "payload", notes));
        putIfPresent(labels, "group", Fields.optionalText(payload, "group", "payload", notes));
        putIfPresent(labels, "class", Fields.optionalText(payload, "class", "payload", notes));
        JsonNode details = payload.get("custom_details");
        String description = details == null || details.isNull() ? null
                : details.isTextual() ? details.asText() : details.toPrettyString();
        Alert alert = new Alert(name(), dedupKey, null, AlertStatus.FIRING, severity, summary, description,
                labels.getOrDefault("component", labels.get("group")), null, labels,
                Fields.optionalTime(payload, "timestamp", "payload", notes), null, links(root, notes), null, null,
                null, null, notes);
        return Intake.of(request.digest(), List.of(alert));
    }

    /** The dedup_key PagerDuty would answer with, for the 202 body. */
    public static String dedupKey(Intake intake) {
        return intake.alerts().isEmpty() ? intake.acknowledged().get(0).fingerprint()
                : intake.alerts().get(0).fingerprint();
    }

    private static Map<String, String> links(JsonNode root, List<String> notes) {
        Map<String, String> links = new LinkedHashMap<>();
        AlertmanagerSource.putLink(links, "generator", Fields.optionalText(root, "client_url", "", notes));
        JsonNode given = root.get("links");
        if (given != null && given.isArray()) {
            for (int i = 0; i < given.size(); i++) {
                String href = Fields.optionalText(given.get(i), "href", "links[" + i + "]", notes);
                String text = Fields.optionalText(given.get(i), "text", "links[" + i + "]", notes);
                AlertmanagerSource.putLink(links, text == null ? "link " + (i + 1) : text, href);
            }
        }
        JsonNode images = root.get("images");
        if (images != null && images.isArray()) {
            for (int i = 0; i < images.size(); i++) {
                String src = Fields.optionalText(images.get(i), "src", "images[" + i + "]", notes);
                String alt = Fields.optionalText(images.get(i), "alt", "images[" + i + "]", notes);
                AlertmanagerSource.putLink(links, alt == null ? "image " + (i + 1) : alt, src);
            }
        }
        return links;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
