package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.IncidentButtons;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import io.warroom.reply.Reply.Field;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.IncidentSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
class StatusHandler implements CommandHandler<Command.Status> {

    @Inject
    WarroomConfig config;

    @Override
    public Class<Command.Status> handles() {
        return Command.Status.class;
    }

    @Override
    public Reply handle(Command.Status command, CommandScope scope) {
        IncidentSnapshot incident = IncidentSnapshot.of(scope.incident());
        ZoneId zone = config.timeZone();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Status", incident.status().label()
                + (incident.service() == null ? "" : " · service " + incident.service())));
        fields.add(new Field("Phase", IncidentText.progress(incident.phase())));
        fields.add(new Field("Roles", IncidentText.roles(incident)));
        fields.add(new Field(incident.phase().label() + " checklist", IncidentText.checklist(incident,
                incident.phase())));
        fields.add(new Field("Last update", IncidentText.lastUpdate(incident, zone)));
        fields.add(new Field("Open for", IncidentText.duration(java.time.Duration.between(
                incident.milestones().detected(), scope.now()))));
        if (incident.impact() != null) {
            fields.add(new Field("Impact", incident.impact()));
        }
        return Reply.ok(IncidentText.headline(incident)).withFields(fields)
                .withButtons(IncidentButtons.forIncident(incident));
    }
}
