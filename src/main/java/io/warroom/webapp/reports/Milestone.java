package io.warroom.webapp.reports;

import io.warroom.incident.ImpactStart;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The response milestones the reports measure, as the postmortem's key metrics do: detection from when the impact
 * began to when the incident was opened in Warroom (its detection time), the others from detection to the milestone.
 */
public enum Milestone {
    /** Only incidents whose impact is known to have begun before detection count. */
    DETECT("detect"),
    ACKNOWLEDGE("acknowledge"),
    MITIGATE("mitigate"),
    RESOLVE("resolve");

    private final String key;

    Milestone(String key) {
        this.key = key;
    }

    /** Lower-case name, for CSV cells and CSS classes. */
    public String key() {
        return key;
    }

    /** Empty while the incident has not reached this milestone (or, for DETECT, its impact start is unknown). */
    public Optional<Duration> of(IncidentFacts incident) {
        return switch (this) {
            case DETECT -> ImpactStart.beforeDetection(incident.startedAt(), incident.openedAt());
            case ACKNOWLEDGE -> sinceOpened(incident, incident.acknowledgedAt());
            case MITIGATE -> sinceOpened(incident, incident.mitigatedAt());
            case RESOLVE -> sinceOpened(incident, incident.resolvedAt());
        };
    }

    private static Optional<Duration> sinceOpened(IncidentFacts incident, Instant reached) {
        return reached == null ? Optional.empty() : Optional.of(Duration.between(incident.openedAt(), reached));
    }
}
