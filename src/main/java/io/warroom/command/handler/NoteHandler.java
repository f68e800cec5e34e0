package io.warroom.command.handler;

import io.warroom.i18n.Bundles;
import io.warroom.command.Command;
import io.warroom.command.CommandRefusedException;
import io.warroom.command.CommandScope;
import io.warroom.command.CommanderRights;
import io.warroom.reply.ImpactStartText;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.ImpactStart;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.Person;
import io.warroom.incident.Role;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Notes go on the timeline; with {@code --at} the commander (or an admin) tells what happened earlier. The commander is
 * matched by chat user id, as runbook rights are, never by a display name someone could copy.
 */
@ApplicationScoped
class NoteHandler implements io.warroom.command.CommandHandler<Command.Note> {

    @Inject
    Timeline timeline;

    @Inject
    WarroomConfig config;

    @Inject
    Clock clock;

    @Inject
    CommanderRights rights;

    @Override
    public Class<Command.Note> handles() {
        return Command.Note.class;
    }

    @Override
    public Reply handle(Command.Note command, CommandScope scope) {
        Incident incident = scope.incident();
        ReplyMessages said = Bundles.in(ReplyMessages.class, incident.language);
        IncidentEvent note = new IncidentEvent(TimelineKind.NOTE, command.text());
        if (command.at() == null) {
            timeline.record(incident, scope.actor(), note);
            return Reply.ok(said.noted(incident.key()));
        }
        Optional<Person> commander = incident.role(Role.COMMANDER);
        if (commander.isPresent() && !rights.isCommanderOrAdmin(scope)) {
            throw new CommandRefusedException(said.onlyCommanderBackfills(commander.get().toString(),
                    incident.key()));
        }
        Instant at = command.at().resolve(clock, config.timeZone());
        timeline.backfill(incident, scope.actor(), note, at);
        Reply noted = Reply.ok(said.notedAt(incident.key(), IncidentText.time(at, config.timeZone())));
        return at.isBefore(incident.startedAt) && !incident.isClosed() ? offerImpactStart(noted, incident, at) : noted;
    }

    /** A note earlier than the impact start may be when it really began: offer to move the start there. */
    private Reply offerImpactStart(Reply noted, Incident incident, Instant at) {
        ZoneId zone = config.timeZone();
        String started = ImpactStartText.command(at, zone);
        String now = ImpactStart.known(incident)
                ? "the impact start, " + ImpactStartText.at(incident.startedAt, incident.detectedAt, zone)
                : "the detection, and no impact start is recorded";
        return noted.withFields(List.of(new Reply.Field("Impact start", "This is earlier than " + now
                + ". If the impact began then, set it with `" + started + "`.")))
                .withButtons(List.of(new Reply.Button("Impact began " + ImpactStartText.at(at, incident.detectedAt, zone),
                        started, Reply.ButtonStyle.PRIMARY)));
    }
}
