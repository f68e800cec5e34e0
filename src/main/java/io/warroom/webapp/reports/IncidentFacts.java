package io.warroom.webapp.reports;

import io.warroom.incident.Severity;
import java.time.Instant;

/**
 * What the reports read of one incident: no timeline, no children, one row per incident. startedAt is when the
 * impact began; equal to openedAt while nobody said it began earlier.
 */
public record IncidentFacts(long number, Severity severity, String service, Instant openedAt, Instant acknowledgedAt,
        Instant mitigatedAt, Instant resolvedAt, Instant startedAt) {

    /** An incident whose impact start is not known began, as far as anyone knows, when it was opened. */
    public IncidentFacts(long number, Severity severity, String service, Instant openedAt, Instant acknowledgedAt,
            Instant mitigatedAt, Instant resolvedAt) {
        this(number, severity, service, openedAt, acknowledgedAt, mitigatedAt, resolvedAt, openedAt);
    }
}
