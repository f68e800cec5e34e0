package io.warroom.command.handler;

import io.warroom.i18n.Bundles;
import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import io.warroom.command.UsageException;
import io.warroom.command.UsageMessages;
import io.warroom.command.Verb;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.ImpactStart;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentService;
import io.warroom.incident.NewIncident;
import jakarta.enterprise.context.ApplicationScoped;
import io.warroom.reply.ImpactStartText;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
class OpenHandler implements CommandHandler<Command.Open> {

    @Inject
    IncidentService incidents;

    @Inject
    WarroomConfig config;

    @Inject
    Clock clock;

    @Override
    public Class<Command.Open> handles() {
        return Command.Open.class;
    }

    @Override
    public Reply handle(Command.Open command, CommandScope scope) {
        Instant started = command.started() == null ? null : command.started().resolve(clock, config.timeZone(),
                "started:", Verb.OPEN, UsageMessages::adviceImpactBeforeOpening);
        NewIncident request;
        try {
            request = new NewIncident(command.title(), command.severity(), command.service(), command.description(),
                    scope.actor(), started, scope.context().room()
                            .map(r -> new NewIncident.Origin(r.platform(), r.channelId())).orElse(null));
        } catch (IllegalArgumentException e) {
            // The parser has refused a blank title already, so what is left is one too long.
            int length = command.title().strip().replaceAll("\\s+", " ").length();
            throw new UsageException("The " + e.getMessage() + ".", Verb.OPEN,
                    m -> m.titleTooLong(length, Incident.TITLE_MAX));
        }
        Incident incident = incidents.open(request);
        ReplyMessages said = Bundles.in(ReplyMessages.class, incident.language);
        String service = incident.service == null ? "" : " · " + incident.service;
        String impact = ImpactStart.known(incident) ? "\n" + said.impactBegan(ImpactStartText.since(incident.startedAt,
                incident.detectedAt, config.timeZone())) : "";
        return Reply.ok(said.opened(incident.key(), incident.title, incident.severity.label(), service) + impact)
                .about(incident.key());
    }
}
