package io.warroom.command.handler;

import io.warroom.i18n.Language;
import io.warroom.i18n.Bundles;
import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ListHandler implements CommandHandler<Command.ListIncidents> {

    private static final int LIMIT = 25;

    @Inject
    IncidentService incidents;

    @Override
    public Class<Command.ListIncidents> handles() {
        return Command.ListIncidents.class;
    }

    @Override
    public Reply handle(Command.ListIncidents command, CommandScope scope) {
        List<Incident> found = command.all() ? incidents.list(Optional.empty(), LIMIT) : incidents.active(LIMIT);
        Language language = scope.language();
        ReplyMessages said = Bundles.in(ReplyMessages.class, language);
        if (found.isEmpty()) {
            return Reply.ok(command.all() ? said.noIncidents() : said.noActiveIncidents());
        }
        StringBuilder text = new StringBuilder(command.all() ? said.incidentsHeading() : said.activeIncidentsHeading());
        for (Incident incident : found) {
            IncidentSnapshot s = IncidentSnapshot.of(incident);
            text.append("\n").append(said.listLine(IncidentText.headline(s), s.status().label(language),
                    s.phase().label(language), IncidentText.role(s, Role.COMMANDER)));
        }
        return Reply.ok(text.toString());
    }
}
