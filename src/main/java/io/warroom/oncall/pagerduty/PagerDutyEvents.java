package io.warroom.oncall.pagerduty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.chat.ChatOutbox;
import io.warroom.chat.OutboxStore;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.IncidentOpened;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.TimelineEntryAdded;
import io.warroom.incident.TimelineKind;
import io.warroom.oncall.OnCallSchedules;
import io.warroom.oncall.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Queues PagerDuty events in the transaction that changed the incident: trigger when it opens (and again when it is
 * reopened), acknowledge when someone acknowledges, resolve when it is resolved. Each follows the last one queued
 * for the incident, so a repeated change never sends twice.
 */
@ApplicationScoped
class PagerDutyEvents {

    @Inject
    ChatOutbox outbox;

    @Inject
    OutboxStore store;

    @Inject
    PagerDutyConfig config;

    @Inject
    WarroomConfig warroom;

    @Inject
    OnCallSchedules schedules;

    @Inject
    ObjectMapper json;

    void onOpened(@Observes IncidentOpened opened) {
        trigger(opened.incident());
    }

    void onTimeline(@Observes TimelineEntryAdded added) {
        TimelineKind kind = added.entry().kind;
        if (kind != TimelineKind.PHASE && kind != TimelineKind.RESOLVED && kind != TimelineKind.REOPENED) {
            return;
        }
        Incident incident = added.incident();
        Optional<String> last = lastAction(incident.number);
        if (last.isEmpty()) {
            return;
        }
        if (kind == TimelineKind.REOPENED && last.get().equals("resolve")) {
            trigger(incident);
        } else if (kind == TimelineKind.RESOLVED && !last.get().equals("resolve")) {
            queue(incident, "resolve", PagerDutyPayloads.resolve(incident));
        } else if (kind == TimelineKind.PHASE && last.get().equals("trigger") && incident.acknowledgedAt != null
                && incident.status == IncidentStatus.OPEN) {
            queue(incident, "acknowledge", PagerDutyPayloads.acknowledge(incident));
        }
    }

    private void trigger(Incident incident) {
        Optional<Team> team = schedules.current().teamFor(incident.service);
        queue(incident, "trigger", PagerDutyPayloads.trigger(incident, team.map(Team::name).orElse(null),
                warroom.publicUrl().orElse(null)));
    }

    private void queue(Incident incident, String action, Map<String, Object> payload) {
        Optional<String> keyEnv = schedules.current().teamFor(incident.service).flatMap(Team::pagerDutyKeyEnv);
        if (keyEnv.isEmpty() && config.routingKey().filter(k -> !k.isBlank()).isEmpty()) {
            return;
        }
        outbox.enqueue(PagerDutyCourier.DESTINATION, incident.number, action,
                serialize(new QueuedEvent(keyEnv.orElse(null), json.valueToTree(payload))));
    }

    private Optional<String> lastAction(long incidentNumber) {
        return store.lastKind(PagerDutyCourier.DESTINATION + ":" + IncidentKey.of(incidentNumber));
    }

    private String serialize(QueuedEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a PagerDuty event", e);
        }
    }
}
