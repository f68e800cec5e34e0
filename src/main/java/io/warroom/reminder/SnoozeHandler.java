package io.warroom.reminder;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import io.warroom.config.HumanDuration;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentRuleException;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** {@code snooze <duration>} pauses an incident's status-update reminders; {@code snooze off} resumes them. */
@ApplicationScoped
class SnoozeHandler implements CommandHandler<Command.Snooze> {

    @Inject
    ReminderStates states;

    @Inject
    ReminderConfig config;

    @Inject
    WarroomConfig warroom;

    @Inject
    Timeline timeline;

    @Override
    public Class<Command.Snooze> handles() {
        return Command.Snooze.class;
    }

    @Override
    public Reply handle(Command.Snooze command, CommandScope scope) {
        Incident incident = scope.incident();
        if (incident.status != IncidentStatus.OPEN) {
            throw new IncidentRuleException(incident.key() + " is " + incident.status.label()
                    + "; status-update reminders only run while an incident is open.");
        }
        ReminderState state = states.of(incident.number);
        if (command.duration().isZero()) {
            state.snoozedUntil = null;
            timeline.record(incident, scope.actor(), new IncidentEvent(TimelineKind.SYSTEM,
                    "Status-update reminders back on"));
            return Reply.ok("Status-update reminders for " + incident.key() + " are back on (every "
                    + IncidentText.duration(config.statusUpdate().of(incident.severity)) + " without an update).");
        }
        Instant until = scope.now().plus(command.duration());
        state.snoozedUntil = until;
        String when = IncidentText.time(until, warroom.timeZone());
        timeline.record(incident, scope.actor(), new IncidentEvent(TimelineKind.SYSTEM,
                "Status-update reminders snoozed for " + HumanDuration.format(command.duration()) + " (until " + when
                        + ")"));
        return Reply.ok("Snoozed status-update reminders for " + incident.key() + " for "
                + HumanDuration.format(command.duration()) + ", until " + when + ".");
    }
}
