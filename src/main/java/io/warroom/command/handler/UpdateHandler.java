package io.warroom.command.handler;

import io.warroom.i18n.Bundles;
import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentService;
import io.warroom.incident.PublicUpdates;
import io.warroom.incident.ResponseRules;
import io.warroom.incident.TimelineEntry;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A status update for stakeholders; chat surfaces post it in the room and the announcement channel. With
 * {@code --public} it is also shown on the public status page, in the same transaction.
 */
@ApplicationScoped
class UpdateHandler implements CommandHandler<Command.Update> {

    @Inject
    IncidentService incidents;

    @Inject
    PublicUpdates publicUpdates;

    @Override
    public Class<Command.Update> handles() {
        return Command.Update.class;
    }

    @Override
    public Reply handle(Command.Update command, CommandScope scope) {
        List<TimelineEntry> entries = incidents.apply(scope.incident(), scope.actor(),
                ResponseRules.postUpdate(scope.incident(), command.text(), scope.now()));
        ReplyMessages said = Bundles.in(ReplyMessages.class, scope.language());
        if (!command.published()) {
            return Reply.ok(said.updatePosted(command.text()));
        }
        publicUpdates.publish(entries.get(0), scope.now());
        return Reply.ok(said.updatePostedPublic(command.text()));
    }
}
