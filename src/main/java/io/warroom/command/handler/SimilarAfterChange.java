package io.warroom.command.handler;

import io.warroom.incident.Incident;
import io.warroom.incident.similar.SimilarIncidents;
import io.warroom.incident.similar.SimilarView;
import io.warroom.reply.Reply;
import io.warroom.reply.SimilarText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The title and service are matched on, so a change to either searches for similar incidents again. */
@ApplicationScoped
class SimilarAfterChange {

    @Inject
    SimilarIncidents similar;

    /** The reply, with the new list appended when the search now names other incidents. */
    Reply refresh(Incident incident, Reply reply) {
        if (!reply.isOk() || !similar.refresh(incident)) {
            return reply;
        }
        List<SimilarView> found = similar.of(incident.number);
        return found.isEmpty() ? reply : Reply.ok(reply.text() + "\n" + SimilarText.changed(found, incident.language));
    }
}
