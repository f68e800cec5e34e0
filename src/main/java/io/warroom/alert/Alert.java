package io.warroom.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One alert from any source, normalized: what the intake parsers and the built-in monitors hand to routing.
 * fingerprint identifies the alert across firings and its resolution; groupKey (may be null) ties alerts that a
 * source sends as one group. links maps a kind (generator, dashboard, panel, runbook, silence) to a URL. notes say
 * which optional fields the sender got wrong and were ignored; they go on the timeline with the alert.
 * Every field is fitted to its column here ({@link AlertFieldLimits}), whatever sent the alert.
 */
public record Alert(
        String source,
        String fingerprint,
        String groupKey,
        AlertStatus status,
        AlertSeverity severity,
        String title,
        String description,
        String service,
        String environment,
        Map<String, String> labels,
        Instant startedAt,
        Instant endedAt,
        Map<String, String> links,
        /** file:line of a generic error report. */
        String sourceLocation,
        String requestId,
        String stack,
        /** HTTP status of the failing request a generic error report carried. */
        Integer statusCode,
        List<String> notes) {

    public Alert {
        fingerprint = fingerprint == null ? null : AlertKeys.bounded(fingerprint);
        title = AlertFieldLimits.text(title, AlertFieldLimits.TITLE);
        description = AlertFieldLimits.text(description, AlertFieldLimits.DESCRIPTION);
        service = AlertFieldLimits.text(service, AlertFieldLimits.SERVICE);
        environment = AlertFieldLimits.text(environment, AlertFieldLimits.ENVIRONMENT);
        sourceLocation = AlertFieldLimits.text(sourceLocation, AlertFieldLimits.SOURCE_LOCATION);
        requestId = AlertFieldLimits.text(requestId, AlertFieldLimits.REQUEST_ID);
        stack = AlertFieldLimits.text(stack, AlertFieldLimits.STACK);
        labels = labels == null ? Map.of() : Map.copyOf(AlertFieldLimits.labels(labels));
        links = links == null ? Map.of() : Map.copyOf(AlertFieldLimits.links(links));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** An alert without an HTTP status and with nothing to note, as monitors build them. */
    public Alert(String source, String fingerprint, String groupKey, AlertStatus status, AlertSeverity severity,
            String title, String description, String service, String environment, Map<String, String> labels,
            Instant startedAt, Instant endedAt, Map<String, String> links, String sourceLocation, String requestId,
            String stack) {
        this(source, fingerprint, groupKey, status, severity, title, description, service, environment, labels,
                startedAt, endedAt, links, sourceLocation, requestId, stack, null, List.of());
    }

    public boolean firing() {
        return status == AlertStatus.FIRING;
    }
}
