package io.warroom.chat;

import io.quarkus.arc.All;
import io.warroom.i18n.Language;
import io.warroom.reply.CardMessages;
import io.warroom.reply.IncidentButtons;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply.Field;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Builds the incident card from an incident and the facts other modules contribute. */
@ApplicationScoped
public class IncidentCards {

    @Inject
    @All
    List<CardFacts> contributors;

    @Inject
    WarroomConfig config;

    /** Call inside a transaction: contributors may read the database. */
    public IncidentCard of(IncidentSnapshot incident) {
        Language language = incident.language();
        CardMessages words = IncidentText.words(language);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(words.severity(), incident.severity().label()));
        fields.add(new Field(words.status(), incident.status().label(language)));
        if (incident.service() != null) {
            fields.add(new Field(words.service(), incident.service()));
        }
        for (Role role : Role.values()) {
            fields.add(new Field(role.label(language), IncidentText.role(incident, role)));
        }
        fields.add(new Field(words.checklist(incident.phase().label(language)), IncidentText.checklist(incident,
                incident.phase())));
        fields.add(new Field(words.lastUpdate(), IncidentText.lastUpdate(incident, config.timeZone())));
        for (CardFacts contributor : contributors) {
            fields.addAll(contributor.factsFor(incident));
        }
        String topic = RoomTexts.topic(incident, IncidentText.role(incident, Role.COMMANDER));
        return new IncidentCard(incident, IncidentText.headline(incident), IncidentText.progress(incident.phase(),
                language), topic, List.copyOf(fields), IncidentButtons.forIncident(incident));
    }
}
