package io.warroom.webapp.status;

import io.warroom.incident.IncidentStatus;
import io.warroom.incident.PublicUpdates;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Reads what the status page is built from, and nothing more: only facts and explicitly public updates. */
@ApplicationScoped
class StatusSources {

    @Inject
    EntityManager em;

    @Inject
    PublicUpdates publicUpdates;

    @Inject
    StatusConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    StatusView read(Language language) {
        StatusPageMessages texts = Bundles.in(StatusPageMessages.class, language);
        Instant now = clock.instant();
        Instant from = now.minus(StatusBoard.HISTORY);
        List<IncidentFacts> incidents = em.createQuery("select new io.warroom.webapp.status.IncidentFacts(i.number,"
                + " i.severity, i.service, i.status, i.phase, i.startedAt, i.resolvedAt) from Incident i"
                + " where i.status = :open or i.resolvedAt >= :from order by i.startedAt, i.number",
                IncidentFacts.class).setParameter("open", IncidentStatus.OPEN).setParameter("from", from)
                .getResultList();
        List<UpdateFacts> updates = publicUpdates.of(incidents.stream().map(IncidentFacts::number).toList()).stream()
                .map(e -> new UpdateFacts(e.id, e.incidentNumber, e.occurredAt, e.phase, e.text)).toList();
        return new StatusBoard(config.title().orElse(texts.defaultTitle()),
                config.logoText().orElse(texts.defaultLogoText()), config.services().orElse(List.of()))
                .view(incidents, updates, now);
    }
}
