package io.warroom.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An action item's issue in a tracker: asked for, filed (with its reference and link), closed, or refused. */
@Entity
@Table(name = "tracker_issue")
public class TrackerIssue {

    public enum Status {
        /** Asked for; the outbox is sending it. */
        FILING,
        FILED,
        /** Closed in the tracker, and so marked done here. */
        CLOSED,
        /** The tracker refused it; filing again asks anew. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "action_item_id", nullable = false, unique = true)
    public long actionItemId;

    @Column(name = "incident_number", nullable = false)
    public long incidentNumber;

    /** The tracker's name in the trackers file. */
    @Column(nullable = false, length = 100)
    public String tracker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TrackerKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    /** How the tracker names the issue: {@code acme/api#341}, {@code group/project#12}, {@code OPS-7}. */
    @Column(name = "issue_ref", length = 200)
    public String issueRef;

    @Column(name = "issue_url", length = 2000)
    public String issueUrl;

    @Column(name = "requested_by", nullable = false, length = 200)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "filed_at")
    public Instant filedAt;

    @Column(name = "checked_at")
    public Instant checkedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;
}
