package io.warroom.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Writes and reads incident timelines. Callers hold the incident's row lock, so dedup checks cannot race. */
@ApplicationScoped
public class Timeline {

    private static final String INSERT = "insert into timeline_entry (incident_number, occurred_at, recorded_at,"
            + " actor_platform, actor_user_id, actor_name, kind, phase, text, link, backfilled, dedup_key)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Only the id comes back: asked for generated keys in general, PostgreSQL's driver returns the whole row. */
    private static final String[] GENERATED_ID = {"id"};

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
        return insert(incident, entry);
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
        return insert(incident, new TimelineEntry(incident, actor, event, occurredAt, recordedAt, backfilled,
                dedupKey));
    }

    /**
     * Entries are written once and never change, and every command writes one: a plain insert on the transaction's
     * connection skips the persistence context, its cascades and its flush-time checks. The incident's own row must
     * already be in the database (see {@link IncidentService#open}).
     */
    private TimelineEntry insert(Incident incident, TimelineEntry entry) {
        entry.id = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT, GENERATED_ID)) {
                insert.setLong(1, entry.incidentNumber);
                insert.setObject(2, entry.occurredAt.atOffset(ZoneOffset.UTC));
                insert.setObject(3, entry.recordedAt.atOffset(ZoneOffset.UTC));
                insert.setString(4, entry.actor == null ? null : entry.actor.platform.name());
                insert.setString(5, entry.actor == null ? null : entry.actor.userId);
                insert.setString(6, entry.actor == null ? null : entry.actor.displayName);
                insert.setString(7, entry.kind.name());
                insert.setString(8, entry.phase.name());
                insert.setString(9, entry.text);
                insert.setString(10, entry.link);
                insert.setBoolean(11, entry.backfilled);
                insert.setString(12, entry.dedupKey);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned no id for the new timeline entry");
                    }
                    return keys.getLong("id");
                }
            }
        });
        added.fire(new TimelineEntryAdded(incident, entry));
        return entry;
    }
}
