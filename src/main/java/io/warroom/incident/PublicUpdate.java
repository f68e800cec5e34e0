package io.warroom.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A status update someone chose to show on the public status page; its text stays on the timeline entry. */
@Entity
@Table(name = "public_update")
public class PublicUpdate {

    @Id
    @Column(name = "entry_id")
    public Long entryId;

    @Column(name = "incident_number", nullable = false)
    public long incidentNumber;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    protected PublicUpdate() {
    }

    PublicUpdate(TimelineEntry entry, Instant publishedAt) {
        this.entryId = entry.id;
        this.incidentNumber = entry.incidentNumber;
        this.publishedAt = publishedAt;
    }
}
