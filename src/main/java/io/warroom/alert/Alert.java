package io.warroom.alert;

import java.time.Instant;
import java.util.Map;

/**
 * One alert from any source, normalized: what the intake parsers and the built-in monitors hand to routing.
 * fingerprint identifies the alert across firings and its resolution; groupKey (may be null) ties alerts that a
 * source sends as one group. links maps a kind (generator, dashboard, panel, runbook, silence) to a URL.
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
        String stack) {

    public Alert {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        links = links == null ? Map.of() : Map.copyOf(links);
    }

    public boolean firing() {
        return status == AlertStatus.FIRING;
    }
}
