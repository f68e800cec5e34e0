package io.warroom.webapp.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The two reads behind every chart: one row per incident opened in the range, and the open action items. Plain
 * JPQL projections, so H2 and PostgreSQL run the same SQL and no timeline or checklist is loaded.
 */
@ApplicationScoped
public class ReportQueries {

    @Inject
    EntityManager em;

    @Transactional
    public List<IncidentFacts> incidentsOpenedIn(ReportRange range) {
        return em.createQuery("select new io.warroom.webapp.reports.IncidentFacts(i.number, i.severity, i.service,"
                + " i.detectedAt, i.acknowledgedAt, i.mitigatedAt, i.resolvedAt, i.startedAt) from Incident i"
                + " where i.detectedAt >= :start and i.detectedAt < :end order by i.number", IncidentFacts.class)
                .setParameter("start", range.start()).setParameter("end", range.end()).getResultList();
    }

    @Transactional
    public List<OpenActionItem> openActionItems() {
        return em.createQuery("select new io.warroom.webapp.reports.OpenActionItem(a.incident.number, a.number,"
                + " a.text, a.owner.displayName, a.dueDate) from ActionItem a where a.doneAt is null"
                + " order by a.incident.number, a.number", OpenActionItem.class).getResultList();
    }
}
