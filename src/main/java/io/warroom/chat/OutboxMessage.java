package io.warroom.chat;

import io.warroom.incident.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A queued delivery (to chat, or to PagerDuty), written in the same transaction as the change it reports. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status {
        PENDING,
        DELIVERED,
        /** Replaced by a later message that does the same thing (card refreshes). */
        SUPERSEDED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Who carries it: a chat platform's id ({@code slack}, {@code discord}) or {@code pagerduty}. */
    @Column(nullable = false, length = 16)
    public String destination;

    /** The chat platform; null for a destination that is not one. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Platform platform;

    /** Deliveries in one lane go out one at a time, in id order. */
    @Column(nullable = false, length = 200)
    public String lane;

    @Column(nullable = false, length = 32)
    public String kind;

    @Column(name = "incident_number")
    public Long incidentNumber;

    @Column(nullable = false, length = 65535)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;
}
