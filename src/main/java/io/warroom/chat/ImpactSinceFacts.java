package io.warroom.chat;

import io.warroom.config.WarroomConfig;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.reply.CardMessages;
import io.warroom.reply.ImpactStartText;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Shows on the card since when the impact has lasted, once it is known to have begun before detection. */
@ApplicationScoped
class ImpactSinceFacts implements CardFacts {

    @Inject
    WarroomConfig config;

    @Override
    public List<Reply.Field> factsFor(IncidentSnapshot incident) {
        IncidentSnapshot.Milestones m = incident.milestones();
        if (m.timeToDetect().isEmpty()) {
            return List.of();
        }
        CardMessages words = IncidentText.words(incident.language());
        return List.of(new Reply.Field(words.impactSince(), words.impactSinceValue(ImpactStartText.at(m.started(),
                m.detected(), config.timeZone()), IncidentText.duration(m.timeToDetect().get(), incident.language()))));
    }
}
