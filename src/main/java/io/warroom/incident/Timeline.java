package io.warroom.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes and reads incident timelines. Callers hold the incident's row lock, so dedup checks cannot race. */
@ApplicationScoped
public class Timeline {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<TimelineEntryAdded> added;

    public List<TimelineEntry> record(Incident incident, Person actor, List<IncidentEvent> events) {
        List<TimelineEntry> entries = new ArrayList<>(events.size());
        Instant now = clock.instant();
        for (IncidentEvent event : events) {
            entries.add(write(incident, actor, event, now, now, false, null));
        }
        return entries;
    }

    public TimelineEntry record(Incident incident, Person actor, IncidentEvent event) {
        Instant now = clock.instant();
        return write(incident, actor, event, now, now, false, null);
    }

    /**
     * An entry told after the fact by someone who was there; shown as backfilled, in the phase the incident was in
     * at that time.
     */
    public TimelineEntry backfill(Incident incident, Person actor, IncidentEvent event, Instant occurredAt) {
        Phase then = em.createQuery("select e.phase from TimelineEntry e where e.incidentNumber = :n"
                + " and e.backfilled = false and e.occurredAt <= :at order by e.occurredAt desc, e.id desc",
                Phase.class).setParameter("n", incident.number).setParameter("at", occurredAt).setMaxResults(1)
                .getResultStream().findFirst().orElse(Phase.DETECT);
        TimelineEntry entry = new TimelineEntry(incident, actor, event, occurredAt, clock.instant(), true, null);
        entry.phase = then;
        em.persist(entry);
        added.fire(new TimelineEntryAdded(incident, entry));
        return entry;
    }

    /** Records an outside event once, however often it is delivered; empty when dedupKey was seen before. */
    public Optional<TimelineEntry> recordOnce(Incident incident, Person actor, IncidentEvent event, Instant occurredAt,
            String dedupKey) {
        boolean seen = !em.createQuery("select e.id from TimelineEntry e where e.incidentNumber = :n"
                + " and e.dedupKey = :key", Long.class)
                .setParameter("n", incident.number).setParameter("key", dedupKey).setMaxResults(1)
                .getResultList().isEmpty();
        if (seen) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant when = occurredAt == null ? now : occurredAt;
        return Optional.of(write(incident, actor, event, when, now, false, dedupKey));
    }

    /**
     * The incident's entries, oldest first, as unmanaged copies: entries never change, and a long timeline (a
     * postmortem of 10,000 entries) loads several times faster without entity bookkeeping for each row.
     */
    public List<TimelineEntry> of(long incidentNumber) {
        return em.createQuery("select new io.warroom.incident.TimelineEntry(e.id, e.incidentNumber, e.occurredAt,"
                + " e.recordedAt, e.actor.platform, e.actor.userId, e.actor.displayName, e.kind, e.phase, e.text,"
                + " e.link, e.backfilled, e.dedupKey) from TimelineEntry e where e.incidentNumber = :n"
                + " order by e.occurredAt, e.id", TimelineEntry.class).setParameter("n", incidentNumber)
                .getResultList();
    }

    public long count(long incidentNumber) {
        return em.createQuery("select count(e) from TimelineEntry e where e.incidentNumber = :n", Long.class)
                .setParameter("n", incidentNumber).getSingleResult();
    }

    private TimelineEntry write(Incident incident, Person actor, IncidentEvent event, Instant occurredAt,
            Instant recordedAt, boolean backfilled, String dedupKey) {
        TimelineEntry entry = new TimelineEntry(incident, actor, event, occurredAt, recordedAt, backfilled, dedupKey);
        em.persist(entry);
        added.fire(new TimelineEntryAdded(incident, entry));
        return entry;
    }
}
