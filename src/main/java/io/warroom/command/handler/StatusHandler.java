package io.warroom.command.handler;

import io.warroom.i18n.TimeTexts;
import io.warroom.i18n.Language;
import io.warroom.i18n.Bundles;
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
        Language language = incident.language();
        ReplyMessages said = Bundles.in(ReplyMessages.class, language);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(said.fieldStatus(), incident.status().label(language)
                + (incident.service() == null ? "" : " · " + said.fieldStatusService(incident.service()))));
        fields.add(new Field(said.fieldPhase(), IncidentText.progress(incident.phase(), language)));
        fields.add(new Field(said.fieldRoles(), IncidentText.roles(incident)));
        fields.add(new Field(said.fieldChecklist(incident.phase().label(language)), IncidentText.checklist(incident,
                incident.phase())));
        fields.add(new Field(said.fieldLastUpdate(), IncidentText.lastUpdate(incident, zone)));
        java.time.Duration open = java.time.Duration.between(incident.milestones().detected(), scope.now());
        fields.add(new Field(said.fieldOpenFor(), TimeTexts.in(language).duration(open)));
        if (incident.impact() != null) {
            fields.add(new Field(said.fieldImpact(), incident.impact()));
        }
        return Reply.ok(IncidentText.headline(incident)).withFields(fields)
                .withButtons(IncidentButtons.forIncident(incident));
    }
}
