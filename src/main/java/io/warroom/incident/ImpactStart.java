package io.warroom.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the impact began. Unknown until someone or an alert says so: an incident opened by hand starts when it is
 * detected, and a start equal to the detection measures nothing.
 */
public final class ImpactStart {

    private ImpactStart() {
    }

    /** The time between the impact's start and its detection; empty while the start is not known. */
    public static Optional<Duration> beforeDetection(Instant started, Instant detected) {
        return started == null || detected == null || !started.isBefore(detected) ? Optional.empty()
                : Optional.of(Duration.between(started, detected));
    }

    public static boolean known(Incident incident) {
        return incident.startedAt.isBefore(incident.detectedAt);
    }

    /**
     * Moves the impact start; returns the start it replaced, empty when at is the start already. A start after
     * detection is refused: callers check first to say so in the reader's time zone.
     */
    public static Optional<Instant> move(Incident incident, Instant at, Instant now) {
        incident.requireNotClosed();
        if (at.isAfter(incident.detectedAt)) {
            throw new IncidentRuleException(TimelineTexts.of(incident).impactAfterDetection(incident.key(),
                    incident.detectedAt.toString()));
        }
        if (at.equals(incident.startedAt)) {
            return Optional.empty();
        }
        Instant before = incident.startedAt;
        incident.startedAt = at;
        incident.touch(now);
        return Optional.of(before);
    }
}
