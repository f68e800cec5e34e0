package io.warroom.command.handler;

import io.warroom.i18n.Bundles;
import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandRefusedException;
import io.warroom.command.CommandScope;
import io.warroom.command.CommanderRights;
import io.warroom.command.UsageException;
import io.warroom.command.UsageMessages;
import io.warroom.command.Verb;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.ImpactStart;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Person;
import io.warroom.incident.Role;
import io.warroom.incident.TimelineKind;
import io.warroom.reply.ImpactStartText;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * {@code started <time>}: when the impact began, which the time to detect runs from. It rewrites what the review
 * measures, so once there is a commander only they or an admin may change it, as with backfilled notes.
 */
@ApplicationScoped
class StartedHandler implements CommandHandler<Command.Started> {

    @Inject
    IncidentService incidents;

    @Inject
    WarroomConfig config;

    @Inject
    Clock clock;

    @Inject
    CommanderRights rights;

    @Override
    public Class<Command.Started> handles() {
        return Command.Started.class;
    }

    @Override
    public Reply handle(Command.Started command, CommandScope scope) {
        Incident incident = scope.incident();
        incident.requireNotClosed();
        Optional<Person> commander = incident.role(Role.COMMANDER);
        if (commander.isPresent() && !rights.isCommanderOrAdmin(scope)) {
            throw new CommandRefusedException(Bundles.in(ReplyMessages.class, incident.language)
                    .onlyCommanderMovesImpactStart(commander.get().toString(), incident.key()));
        }
        ZoneId zone = config.timeZone();
        Instant at = command.at().resolve(clock, zone, "started ", Verb.STARTED,
                UsageMessages::adviceImpactBeforeDetection);
        if (at.isAfter(incident.detectedAt)) {
            String detected = ImpactStartText.full(incident.detectedAt, zone);
            String given = ImpactStartText.full(at, zone);
            throw new UsageException("Impact cannot begin after detection: " + incident.key() + " was detected at "
                    + detected + ", and " + given + " is later. Give the time the impact began, at or before the "
                    + "detection.", Verb.STARTED, m -> m.impactAfterDetection(incident.key(), detected, given));
        }
        Optional<Instant> before = ImpactStart.move(incident, at, scope.now());
        if (before.isEmpty()) {
            return Reply.ok(Bundles.in(ReplyMessages.class, incident.language).impactAlreadyBegan(incident.key(),
                    ImpactStartText.since(at, incident.detectedAt, zone)));
        }
        String text = ImpactStartText.moved(before.get(), at, incident.detectedAt, zone);
        incidents.apply(incident, scope.actor(), List.of(new IncidentEvent(TimelineKind.NOTE, text)));
        return Reply.ok(text + ".");
    }
}
