package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import io.warroom.command.UsageException;
import io.warroom.command.Verb;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentService;
import io.warroom.incident.NewIncident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
class OpenHandler implements CommandHandler<Command.Open> {

    @Inject
    IncidentService incidents;

    @Override
    public Class<Command.Open> handles() {
        return Command.Open.class;
    }

    @Override
    public Reply handle(Command.Open command, CommandScope scope) {
        NewIncident request;
        try {
            request = new NewIncident(command.title(), command.severity(), command.service(), command.description(),
                    scope.actor(), null, scope.context().room()
                            .map(r -> new NewIncident.Origin(r.platform(), r.channelId())).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new UsageException("The " + e.getMessage() + ".", Verb.OPEN);
        }
        Incident incident = incidents.open(request);
        String service = incident.service == null ? "" : " · " + incident.service;
        return Reply.ok("Opened " + incident.key() + ": " + incident.title + " (" + incident.severity.label() + service
                + ")").about(incident.key());
    }
}
