package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.PublicUpdates;
import io.warroom.incident.TimelineEntry;
import io.warroom.incident.TimelineKind;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Shows an update already posted on the public status page (the "Publish on status page" button of its chat echo).
 * Anyone who may post updates may publish one; publishing it again only says so.
 */
@ApplicationScoped
class PublishUpdateHandler implements CommandHandler<Command.PublishUpdate> {

    @Inject
    IncidentService incidents;

    @Inject
    PublicUpdates publicUpdates;

    @Override
    public Class<Command.PublishUpdate> handles() {
        return Command.PublishUpdate.class;
    }

    @Override
    public Reply handle(Command.PublishUpdate command, CommandScope scope) {
        Incident incident = scope.incident();
        incident.requireNotClosed();
        TimelineEntry update = publicUpdates.update(incident, command.entryId()).orElse(null);
        if (update == null) {
            return Reply.error(Reply.Outcome.NOT_FOUND, incident.key() + " has no status update " + command.entryId()
                    + ".");
        }
        if (!publicUpdates.publish(update, scope.now())) {
            return Reply.ok("Status update " + update.id + " of " + incident.key() + " is already on the status page.");
        }
        incidents.apply(incident, scope.actor(), List.of(new IncidentEvent(TimelineKind.NOTE,
                "Status update " + update.id + " shown on the status page")));
        return Reply.ok("Status update " + update.id + " of " + incident.key() + " is now on the status page: "
                + update.text);
    }
}
