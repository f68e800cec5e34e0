package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandFailedException;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.Timeline;
import io.warroom.postmortem.Postmortem;
import io.warroom.postmortem.PostmortemExported;
import io.warroom.postmortem.PostmortemExporter;
import io.warroom.postmortem.PostmortemTemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Renders the postmortem for the caller; chat surfaces also get it uploaded to the incident's rooms. */
@ApplicationScoped
class PostmortemHandler implements CommandHandler<Command.Postmortem> {

    @Inject
    PostmortemExporter exporter;

    @Inject
    Timeline timeline;

    @Inject
    Event<PostmortemExported> exported;

    @Override
    public Class<Command.Postmortem> handles() {
        return Command.Postmortem.class;
    }

    @Override
    public Reply handle(Command.Postmortem command, CommandScope scope) {
        Incident incident = scope.incident();
        Postmortem postmortem;
        try {
            postmortem = exporter.render(IncidentSnapshot.of(incident), timeline.of(incident.number));
        } catch (PostmortemTemplateException e) {
            throw new CommandFailedException(e.getMessage());
        }
        exported.fire(new PostmortemExported(incident, scope.actor()));
        String where = incident.rooms.isEmpty() ? "" : " It is being uploaded to the incident room.";
        return Reply.ok("Postmortem of " + incident.key() + " exported as " + postmortem.filename() + " ("
                + postmortem.markdown().length() / 1024 + " KB)." + where)
                .withFile(new Reply.FileAttachment(postmortem.filename(), "text/markdown", postmortem.markdown()));
    }
}
