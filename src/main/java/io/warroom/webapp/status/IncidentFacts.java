package io.warroom.webapp.status;

import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Phase;
import io.warroom.incident.Severity;
import java.time.Instant;

/** What the status page may know of an incident: no title, no people, no rooms. resolvedAt is null while open. */
public record IncidentFacts(long number, Severity severity, String service, IncidentStatus status, Phase phase,
        Instant startedAt, Instant resolvedAt) {

    public boolean open() {
        return status == IncidentStatus.OPEN;
    }
}
