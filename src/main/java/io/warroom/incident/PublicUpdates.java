package io.warroom.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which status updates are public. Only entries of kind {@link TimelineKind#STATUS_UPDATE} can be; callers hold the
 * incident's row lock, so publishing the same update twice at once cannot race.
 */
@ApplicationScoped
public class PublicUpdates {

    @Inject
    EntityManager em;

    /** A status update of the incident by its timeline entry id; empty for any other entry. */
    public Optional<TimelineEntry> update(Incident incident, long entryId) {
        TimelineEntry entry = em.find(TimelineEntry.class, entryId);
        return entry != null && entry.incidentNumber == incident.number && entry.kind == TimelineKind.STATUS_UPDATE
                ? Optional.of(entry) : Optional.empty();
    }

    /** Marks the update public; false when it already was. */
    public boolean publish(TimelineEntry entry, Instant at) {
        if (entry.kind != TimelineKind.STATUS_UPDATE) {
            throw new IllegalArgumentException("only status updates can be public, not " + entry.kind);
        }
        if (em.find(PublicUpdate.class, entry.id) != null) {
            return false;
        }
        em.persist(new PublicUpdate(entry, at));
        return true;
    }

    /** The public updates of these incidents, oldest first, as unmanaged timeline entries. */
    public List<TimelineEntry> of(Collection<Long> incidentNumbers) {
        if (incidentNumbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new io.warroom.incident.TimelineEntry(e.id, e.incidentNumber, e.occurredAt,"
                + " e.recordedAt, e.actor.platform, e.actor.userId, e.actor.displayName, e.kind, e.phase, e.text,"
                + " e.link, e.backfilled, e.dedupKey) from TimelineEntry e, PublicUpdate p where p.entryId = e.id"
                + " and p.incidentNumber in :numbers order by e.occurredAt, e.id", TimelineEntry.class)
                .setParameter("numbers", incidentNumbers).getResultList();
    }

    /** The numbers of incidents with at least one public update. */
    public List<Long> incidentsWithUpdates(Collection<Long> incidentNumbers) {
        if (incidentNumbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct p.incidentNumber from PublicUpdate p where p.incidentNumber in :numbers",
                Long.class).setParameter("numbers", incidentNumbers).getResultList();
    }

    public boolean isPublic(long entryId) {
        return em.find(PublicUpdate.class, entryId) != null;
    }
}
