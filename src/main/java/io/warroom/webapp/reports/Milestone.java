package io.warroom.webapp.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The response milestones the reports measure, each from the moment the incident was opened in Warroom (its
 * detection time, the same start the postmortem's key metrics use) to the milestone.
 */
public enum Milestone {
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

    /** Empty while the incident has not reached this milestone. */
    public Optional<Duration> of(IncidentFacts incident) {
        Instant reached = switch (this) {
            case ACKNOWLEDGE -> incident.acknowledgedAt();
            case MITIGATE -> incident.mitigatedAt();
            case RESOLVE -> incident.resolvedAt();
        };
        return reached == null ? Optional.empty() : Optional.of(Duration.between(incident.openedAt(), reached));
    }
}
