package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandFailedException;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.reply.Reply;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.Timeline;
import io.warroom.postmortem.Postmortem;
import io.warroom.postmortem.PostmortemExported;
import io.warroom.postmortem.PostmortemExporter;
import io.warroom.postmortem.PostmortemMessages;
import io.warroom.postmortem.PostmortemTemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Renders the postmortem for the caller, in the incident's language or the one asked for; chat surfaces also get it
 * uploaded to the incident's rooms, in the same language.
 */
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
        Language language = command.language() == null ? incident.language : command.language();
        Postmortem postmortem;
        try {
            postmortem = exporter.render(IncidentSnapshot.of(incident), timeline.of(incident.number), language);
        } catch (PostmortemTemplateException e) {
            throw new CommandFailedException(e.getMessage());
        }
        exported.fire(new PostmortemExported(incident, scope.actor(), language));
        // The reply speaks the incident's language, whichever language the file is in.
        PostmortemMessages messages = Bundles.in(PostmortemMessages.class, incident.language);
        long kb = postmortem.markdown().length() / 1024;
        String text = incident.rooms.isEmpty() ? messages.exported(incident.key(), postmortem.filename(), kb)
                : messages.exportedAndUploading(incident.key(), postmortem.filename(), kb);
        return Reply.ok(text)
                .withFile(new Reply.FileAttachment(postmortem.filename(), "text/markdown", postmortem.markdown()));
    }
}
