package io.warroom.webapp.reports;

import io.warroom.incident.Severity;
import java.time.Instant;

/** What the reports read of one incident: no timeline, no children, one row per incident. */
public record IncidentFacts(long number, Severity severity, String service, Instant openedAt, Instant acknowledgedAt,
        Instant mitigatedAt, Instant resolvedAt) {
}
