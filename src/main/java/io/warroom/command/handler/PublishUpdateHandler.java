package io.warroom.command.handler;

import io.warroom.i18n.Bundles;
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
        ReplyMessages said = Bundles.in(ReplyMessages.class, incident.language);
        TimelineEntry update = publicUpdates.update(incident, command.entryId()).orElse(null);
        if (update == null) {
            return Reply.error(Reply.Outcome.NOT_FOUND,
                    said.noSuchUpdate(incident.key(), String.valueOf(command.entryId())));
        }
        String id = String.valueOf(update.id);
        if (!publicUpdates.publish(update, scope.now())) {
            return Reply.ok(said.updateAlreadyPublic(id, incident.key()));
        }
        incidents.apply(incident, scope.actor(), List.of(new IncidentEvent(TimelineKind.NOTE,
                said.updateShownEntry(id))));
        return Reply.ok(said.updateNowPublic(id, incident.key(), update.text));
    }
}
