package io.warroom.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves an incident through DETECT → TRIAGE → MITIGATE → RCA → RECOVER → POSTMORTEM and keeps the milestones true:
 * entering TRIAGE acknowledges, leaving MITIGATE mitigates, leaving RECOVER resolves.
 */
public final class PhaseMachine {

    private PhaseMachine() {
    }

    public static List<IncidentEvent> acknowledge(Incident incident, Person by, Instant now) {
        incident.requireOpen("acknowledging");
        if (incident.acknowledgedAt != null) {
            return List.of();
        }
        List<IncidentEvent> events = new ArrayList<>();
        markAcknowledged(incident, by, now);
        TimelineMessages texts = TimelineTexts.of(incident);
        if (incident.phase == Phase.DETECT) {
            incident.phase = Phase.TRIAGE;
            events.add(new IncidentEvent(TimelineKind.PHASE, texts.acknowledgedAndMoved(by.toString(),
                    Phase.DETECT.label(incident.language), Phase.TRIAGE.label(incident.language))));
        } else {
            events.add(new IncidentEvent(TimelineKind.PHASE, texts.acknowledged(by.toString())));
        }
        incident.touch(now);
        return events;
    }

    public static List<IncidentEvent> advance(Incident incident, Person by, Instant now) {
        incident.requireNotClosed();
        Phase target = incident.phase.next().orElseThrow(() -> new IncidentRuleException(
                TimelineTexts.of(incident).lastPhase(incident.key())));
        return moveForward(incident, target, by, now, TimelineTexts.of(incident).phase(
                incident.phase.label(incident.language), target.label(incident.language)));
    }

    public static List<IncidentEvent> jump(Incident incident, Phase target, Person by, Instant now) {
        incident.requireNotClosed();
        if (target == incident.phase) {
            throw new IncidentRuleException(TimelineTexts.of(incident).alreadyInPhase(incident.key(),
                    target.label(incident.language)));
        }
        if (!target.isAfter(incident.phase)) {
            throw new IncidentRuleException(TimelineTexts.of(incident).phaseBefore(target.label(incident.language),
                    incident.phase.label(incident.language)));
        }
        TimelineMessages texts = TimelineTexts.of(incident);
        String from = incident.phase.label(incident.language);
        String to = target.label(incident.language);
        return moveForward(incident, target, by, now, target.ordinal() - incident.phase.ordinal() > 1
                ? texts.phaseJumped(from, to) : texts.phase(from, to));
    }

    public static List<IncidentEvent> back(Incident incident, String reason, Instant now) {
        incident.requireNotClosed();
        if (reason == null || reason.isBlank()) {
            throw new IncidentRuleException(TimelineTexts.of(incident).backNeedsReason());
        }
        Phase from = incident.phase;
        Phase target = from.previous().orElseThrow(() -> new IncidentRuleException(
                TimelineTexts.of(incident).firstPhase(incident.key())));
        List<IncidentEvent> events = new ArrayList<>();
        TimelineMessages texts = TimelineTexts.of(incident);
        incident.phase = target;
        if (from == Phase.POSTMORTEM) {
            incident.status = IncidentStatus.OPEN;
            incident.resolvedAt = null;
            events.add(new IncidentEvent(TimelineKind.REOPENED, texts.reopened(reason.strip())));
        }
        if (target == Phase.MITIGATE) {
            incident.mitigatedAt = null;
        }
        events.add(new IncidentEvent(TimelineKind.PHASE, texts.phaseBack(from.label(incident.language),
                target.label(incident.language), reason.strip())));
        incident.touch(now);
        return events;
    }

    public static List<IncidentEvent> resolve(Incident incident, String summary, Person by, Instant now) {
        incident.requireOpen("resolving");
        boolean acknowledgedNow = incident.acknowledgedAt == null;
        if (acknowledgedNow) {
            markAcknowledged(incident, by, now);
        }
        boolean mitigatedNow = incident.mitigatedAt == null;
        if (mitigatedNow) {
            incident.mitigatedAt = now;
        }
        Phase from = incident.phase;
        incident.resolvedAt = now;
        incident.status = IncidentStatus.RESOLVED;
        incident.phase = Phase.POSTMORTEM;
        if (summary != null && !summary.isBlank()) {
            incident.summary = summary.strip();
        }
        incident.touch(now);
        TimelineMessages texts = TimelineTexts.of(incident);
        String also = acknowledgedNow && mitigatedNow ? texts.alsoMarkedAcknowledgedAndMitigated()
                : acknowledgedNow ? texts.alsoMarkedAcknowledged() : mitigatedNow ? texts.alsoMarkedMitigated() : "";
        String text = texts.resolvedFrom(by.toString(), from.label(incident.language),
                Phase.POSTMORTEM.label(incident.language)) + also
                + (incident.summary == null ? "" : ": " + incident.summary);
        return List.of(new IncidentEvent(TimelineKind.RESOLVED, text));
    }

    public static List<IncidentEvent> close(Incident incident, Instant now) {
        incident.requireNotClosed();
        if (incident.status != IncidentStatus.RESOLVED) {
            throw new IncidentRuleException(TimelineTexts.of(incident).stillOpen(incident.key(),
                    incident.phase.label(incident.language)));
        }
        incident.status = IncidentStatus.CLOSED;
        incident.closedAt = now;
        incident.touch(now);
        return List.of(new IncidentEvent(TimelineKind.CLOSED, TimelineTexts.of(incident).closed()));
    }

    private static List<IncidentEvent> moveForward(Incident incident, Phase target, Person by, Instant now,
            String text) {
        List<IncidentEvent> events = new ArrayList<>();
        TimelineMessages texts = TimelineTexts.of(incident);
        Phase from = incident.phase;
        if (target.isAfter(Phase.DETECT) && incident.acknowledgedAt == null) {
            markAcknowledged(incident, by, now);
            text += texts.alsoAcknowledgedBy(by.toString());
        }
        if (target.isAfter(Phase.MITIGATE) && !from.isAfter(Phase.MITIGATE) && incident.mitigatedAt == null) {
            incident.mitigatedAt = now;
            text += texts.alsoMitigated();
        }
        incident.phase = target;
        if (target == Phase.POSTMORTEM && incident.status == IncidentStatus.OPEN) {
            incident.resolvedAt = now;
            incident.status = IncidentStatus.RESOLVED;
            events.add(new IncidentEvent(TimelineKind.RESOLVED, texts.resolved(by.toString())));
        }
        events.add(0, new IncidentEvent(TimelineKind.PHASE, text));
        incident.touch(now);
        return events;
    }

    private static void markAcknowledged(Incident incident, Person by, Instant now) {
        incident.acknowledgedAt = now;
        incident.acknowledgedBy = by;
    }
}
