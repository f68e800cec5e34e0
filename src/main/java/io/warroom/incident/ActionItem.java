package io.warroom.incident;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A follow-up the review decided on, with an owner and a due date. */
@Entity
@Table(name = "action_item")
public class ActionItem extends IncidentPart {

    /** 1-based, as typed in {@code action done <n>}. */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false, length = 2000)
    public String text;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "platform", column = @Column(name = "owner_platform")),
        @AttributeOverride(name = "userId", column = @Column(name = "owner_user_id")),
        @AttributeOverride(name = "displayName", column = @Column(name = "owner_name"))
    })
    public Person owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "tracker_url", length = 2000)
    public String trackerUrl;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "done_at")
    public Instant doneAt;

    protected ActionItem() {
    }

    ActionItem(Incident incident, int number, String text, Person owner, LocalDate dueDate, String trackerUrl,
            Instant createdAt) {
        super(incident);
        this.number = number;
        this.text = text;
        this.owner = owner;
        this.dueDate = dueDate;
        this.trackerUrl = trackerUrl;
        this.createdAt = createdAt;
    }

    public boolean done() {
        return doneAt != null;
    }
}
