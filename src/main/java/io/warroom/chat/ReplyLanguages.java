package io.warroom.chat;

import io.warroom.i18n.Language;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The language of what a chat surface shows around a reply (modal titles, Cancel, Done): the incident's when the
 * reply names one, else Warroom's.
 */
@ApplicationScoped
public class ReplyLanguages {

    @Inject
    IncidentService incidents;

    @Inject
    Languages languages;

    @Transactional
    public Language of(String incidentKey) {
        return IncidentKey.parse(incidentKey).flatMap(incidents::find).map(i -> i.language)
                .orElseGet(languages::fallback);
    }

    public Language fallback() {
        return languages.fallback();
    }
}
