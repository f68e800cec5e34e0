package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.TimelineKind;
import io.warroom.incident.similar.SimilarIncidents;
import io.warroom.incident.similar.SimilarView;
import io.warroom.reply.Reply;
import io.warroom.reply.SimilarText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Searches again (past incidents may have found their root cause since) and lists what it found. */
@ApplicationScoped
class SimilarHandler implements CommandHandler<Command.Similar> {

    @Inject
    SimilarIncidents similar;

    @Inject
    WarroomConfig config;

    @Inject
    IncidentService incidents;

    @Override
    public Class<Command.Similar> handles() {
        return Command.Similar.class;
    }

    @Override
    public Reply handle(Command.Similar command, CommandScope scope) {
        Incident incident = scope.incident();
        boolean changed = similar.refresh(incident);
        List<SimilarView> found = similar.of(incident.number);
        if (changed && !found.isEmpty()) {
            // Someone asked and the answer is new: worth a line on the timeline, which also refreshes the card.
            incidents.apply(incident, scope.actor(), List.of(new IncidentEvent(TimelineKind.NOTE,
                    SimilarText.changed(found, incident.language))));
        }
        return Reply.ok(SimilarText.reply(incident.key(), found, config.timeZone(), config.publicUrl(),
                incident.language));
    }
}
