package io.warroom.command.handler;

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
        if (found.isEmpty()) {
            return Reply.ok(command.all() ? "No incidents yet." : "No active incidents. 🎉");
        }
        StringBuilder text = new StringBuilder(command.all() ? "Incidents:" : "Active incidents:");
        for (Incident incident : found) {
            IncidentSnapshot s = IncidentSnapshot.of(incident);
            text.append("\n").append(IncidentText.headline(s)).append(" · ").append(s.status().label())
                    .append(" · ").append(s.phase().label()).append(" · commander ")
                    .append(IncidentText.role(s, Role.COMMANDER));
        }
        return Reply.ok(text.toString());
    }
}
