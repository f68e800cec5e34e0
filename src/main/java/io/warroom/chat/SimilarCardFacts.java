package io.warroom.chat;

import io.warroom.config.WarroomConfig;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.similar.SimilarIncidents;
import io.warroom.incident.similar.SimilarView;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import io.warroom.reply.SimilarText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Puts the earlier incidents that look like this one on its card, one line each; nothing when there are none. */
@ApplicationScoped
class SimilarCardFacts implements CardFacts {

    @Inject
    SimilarIncidents similar;

    @Inject
    WarroomConfig config;

    @Override
    public List<Reply.Field> factsFor(IncidentSnapshot incident) {
        List<SimilarView> found = similar.of(incident.number());
        if (found.isEmpty()) {
            return List.of();
        }
        return List.of(new Reply.Field(IncidentText.words(incident.language()).similarTitle(),
                SimilarText.cardLines(found, config.timeZone(), config.publicUrl(), incident.language())));
    }
}
