package io.warroom.oncall;

import io.warroom.incident.IncidentOpened;
import io.warroom.incident.ServiceChanged;
import io.warroom.incident.TimelineEntryAdded;
import io.warroom.incident.TimelineKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;

/**
 * Starts and stops escalations inside the transaction that changed the incident: paging on open (after the chat
 * fanout queued the rooms, so invitations follow room creation), when the severity is raised into the paging
 * range, or when a service is named later; stopping on acknowledgement, resolution or closing.
 */
@ApplicationScoped
class EscalationTriggers {

    @Inject
    Escalations escalations;

    @Inject
    Clock clock;

    void onOpened(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) IncidentOpened opened) {
        escalations.start(opened.incident(), clock.instant());
    }

    /** A service named only later pages its on-call, if nobody was paged yet; a running escalation keeps its team. */
    void onServiceChanged(@Observes ServiceChanged changed) {
        escalations.start(changed.incident(), clock.instant());
    }

    void onTimeline(@Observes TimelineEntryAdded added) {
        TimelineKind kind = added.entry().kind;
        if (kind == TimelineKind.SEVERITY) {
            escalations.start(added.incident(), clock.instant());
        } else if (kind == TimelineKind.PHASE || kind == TimelineKind.RESOLVED || kind == TimelineKind.CLOSED) {
            escalations.stopIfAnswered(added.incident(), clock.instant());
        }
    }
}
