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
import java.util.List;

/**
 * An application's own error report (see README for the schema): title is required; the fingerprint, when absent,
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
        String service = Fields.text(root, "service", "");
        String location = Fields.text(root, "source", "");
        String severityText = Fields.text(root, "severity", "");
        AlertSeverity severity = severityText == null ? levels.unlabelled() : AlertLevels.word(severityText)
                .orElseThrow(() -> IntakeException.invalid("severity", "Field `severity` must be critical, warning "
                        + "or info (or error, high, low...), not `" + Echo.of(severityText) + "`."));
        String statusText = Fields.text(root, "status", "");
        AlertStatus status = statusText == null ? AlertStatus.FIRING : switch (statusText.toLowerCase(java.util.Locale.ROOT)) {
            case "firing" -> AlertStatus.FIRING;
            case "resolved" -> AlertStatus.RESOLVED;
            default -> throw IntakeException.invalid("status", "Field `status` must be firing or resolved, not "
                    + "`" + Echo.of(statusText) + "`.");
        };
        String fingerprint = Fields.text(root, "fingerprint", "");
        if (fingerprint == null) {
            fingerprint = AlertKeys.sha256(nonNull(service) + "\n" + title + "\n" + nonNull(location))
                    .substring(0, 32);
        }
        Instant started = Fields.time(Fields.text(root, "startedAt", ""), "startedAt");
        var labels = Fields.strings(root, "labels", "");
        if (severityText != null) {
            labels.putIfAbsent("severity", severityText);
        }
        Alert alert = new Alert(name(), fingerprint, null, status, severity, title,
                Fields.text(root, "description", "") != null ? Fields.text(root, "description", "")
                        : Fields.text(root, "message", ""),
                service, Fields.text(root, "environment", ""), labels, started, null,
                Fields.strings(root, "links", ""), location, Fields.text(root, "requestId", ""),
                Fields.text(root, "stack", ""));
        return Intake.of(request.digest(), List.of(alert));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
