package io.warroom.reminder;

import io.warroom.i18n.TimeTexts;
import io.warroom.i18n.Language;
import io.warroom.i18n.Bundles;
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
        SnoozeMessages said = Bundles.in(SnoozeMessages.class, incident.language);
        TimeTexts times = TimeTexts.in(incident.language);
        if (incident.status != IncidentStatus.OPEN) {
            throw new IncidentRuleException(said.remindersOnlyWhileOpen(incident.key(),
                    incident.status.label(incident.language)));
        }
        ReminderState state = states.of(incident.number);
        if (command.duration().isZero()) {
            state.snoozedUntil = null;
            timeline.record(incident, scope.actor(), new IncidentEvent(TimelineKind.SYSTEM,
                    said.remindersBackOnEntry()));
            return Reply.ok(said.remindersBackOn(incident.key(),
                    times.duration(config.statusUpdate().of(incident.severity))));
        }
        Instant until = scope.now().plus(command.duration());
        state.snoozedUntil = until;
        String when = IncidentText.time(until, warroom.timeZone());
        // English keeps the grammar's own form ("1h30m"); other languages write durations their way.
        String duration = incident.language == Language.EN ? HumanDuration.format(command.duration())
                : times.duration(command.duration());
        timeline.record(incident, scope.actor(), new IncidentEvent(TimelineKind.SYSTEM,
                said.remindersSnoozedEntry(duration, when)));
        return Reply.ok(said.remindersSnoozed(incident.key(), duration, when));
    }
}
