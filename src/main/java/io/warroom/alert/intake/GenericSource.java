package io.warroom.alert.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.warroom.alert.Alert;
import io.warroom.alert.AlertKeys;
import io.warroom.alert.AlertLevels;
import io.warroom.alert.AlertSeverity;
import io.warroom.alert.AlertStatus;
import io.warroom.incident.Echo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An application's own error report (schema in docs/alerts.md): title is required; the fingerprint, when absent,
 * is derived from service, title and source location, so the same error from the same line joins one incident.
 */
@ApplicationScoped
public class GenericSource implements AlertSource {

    @Inject
    AlertLevels levels;

    @Override
    public String name() {
        return "generic";
    }

    @Override
    public Intake read(IntakeRequest request) {
        JsonNode root = request.json();
        String title = Fields.required(root, "title", "");
        List<String> notes = new ArrayList<>();
        String service = Fields.optionalText(root, "service", "", notes);
        String location = Fields.optionalText(root, "source", "", notes);
        // Severity and status decide whether people are paged or an incident resolves: a wrong one is refused
        // rather than guessed.
        String severityText = Fields.text(root, "severity", "");
        AlertSeverity severity = severityText == null ? levels.unlabelled() : AlertLevels.word(severityText)
                .orElseThrow(() -> IntakeException.invalid("severity", "Field `severity` must be critical, warning "
                        + "or info (or error, high, low...), not `" + Echo.of(severityText) + "`."));
        String statusText = Fields.text(root, "status", "");
        AlertStatus status = statusText == null ? AlertStatus.FIRING : switch (statusText.toLowerCase(Locale.ROOT)) {
            case "firing" -> AlertStatus.FIRING;
            case "resolved" -> AlertStatus.RESOLVED;
            default -> throw IntakeException.invalid("status", "Field `status` must be firing or resolved, not `"
                    + Echo.of(statusText) + "`.");
        };
        String fingerprint = Fields.optionalText(root, "fingerprint", "", notes);
        if (fingerprint == null) {
            fingerprint = AlertKeys.sha256(nonNull(service) + "\n" + title + "\n" + nonNull(location))
                    .substring(0, 32);
        }
        Instant started = Fields.optionalTime(root, "startedAt", "", notes);
        var labels = Fields.optionalStrings(root, "labels", "", notes);
        if (severityText != null) {
            labels.putIfAbsent("severity", severityText);
        }
        String description = Fields.optionalText(root, "description", "", notes);
        if (description == null) {
            description = Fields.optionalText(root, "message", "", notes);
        }
        Alert alert = new Alert(name(), fingerprint, null, status, severity, title, description, service,
                Fields.optionalText(root, "environment", "", notes), labels, started, null,
                Fields.optionalStrings(root, "links", "", notes), location,
                Fields.optionalText(root, "requestId", "", notes), Fields.optionalText(root, "stack", "", notes),
                statusCode(root, notes), notes);
        return Intake.of(request.digest(), List.of(alert));
    }

    /** The failing request's HTTP status, 100-599, as a number or a numeric string; anything else is noted. */
    private static Integer statusCode(JsonNode root, List<String> notes) {
        String text = Fields.optionalText(root, "statusCode", "", notes);
        if (text == null) {
            return null;
        }
        if (text.matches("[1-5][0-9][0-9]")) {
            return Integer.valueOf(text);
        }
        notes.add("`statusCode` \"" + Fields.clip(text) + "\" is not an HTTP status (100-599); ignored");
        return null;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
