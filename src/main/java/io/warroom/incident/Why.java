package io.warroom.incident;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One link of the 5-whys chain; the last one is the root cause. */
@Entity
@Table(name = "why")
public class Why extends IncidentPart {

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 2000)
    public String text;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "platform", column = @Column(name = "author_platform")),
        @AttributeOverride(name = "userId", column = @Column(name = "author_user_id")),
        @AttributeOverride(name = "displayName", column = @Column(name = "author_name"))
    })
    public Person author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Why() {
    }

    Why(Incident incident, int position, String text, Person author, Instant createdAt) {
        super(incident);
        this.position = position;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
    }
}
