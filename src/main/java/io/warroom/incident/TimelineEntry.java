package io.warroom.incident;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an incident's append-only timeline. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_number", nullable = false)
    public long incidentNumber;

    /** When it happened; earlier than recordedAt for backfilled entries and pinned messages. */
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "platform", column = @Column(name = "actor_platform")),
        @AttributeOverride(name = "userId", column = @Column(name = "actor_user_id")),
        @AttributeOverride(name = "displayName", column = @Column(name = "actor_name"))
    })
    public Person actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public TimelineKind kind;

    /** The phase the incident was in when this was recorded. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Phase phase;

    @Column(nullable = false, length = TEXT_MAX)
    public String text;

    @Column(length = 2000)
    public String link;

    @Column(nullable = false)
    public boolean backfilled;

    /** Identity of the outside event this records (a pinned message, an alert delivery), so it is written once. */
    @Column(name = "dedup_key", length = 200)
    public String dedupKey;

    protected TimelineEntry() {
    }

    TimelineEntry(Incident incident, Person actor, IncidentEvent event, Instant occurredAt, Instant recordedAt,
            boolean backfilled, String dedupKey) {
        this.incidentNumber = incident.number;
        this.actor = actor;
        this.kind = event.kind();
        this.phase = incident.phase;
        this.text = clip(event.text());
        this.link = event.link();
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
        this.backfilled = backfilled;
        this.dedupKey = dedupKey;
    }

    /** A copy read for display (see {@link Timeline#of}): not managed, so it costs no persistence-context work. */
    TimelineEntry(Long id, long incidentNumber, Instant occurredAt, Instant recordedAt, Platform actorPlatform,
            String actorUserId, String actorName, TimelineKind kind, Phase phase, String text, String link,
            boolean backfilled, String dedupKey) {
        this.id = id;
        this.incidentNumber = incidentNumber;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
        this.actor = actorPlatform == null ? null : new Person(actorPlatform, actorUserId, actorName);
        this.kind = kind;
        this.phase = phase;
        this.text = text;
        this.link = link;
        this.backfilled = backfilled;
        this.dedupKey = dedupKey;
    }

    private static String clip(String text) {
        return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
    }
}
