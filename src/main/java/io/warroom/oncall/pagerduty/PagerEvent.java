package io.warroom.oncall.pagerduty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A queued PagerDuty event, written in the transaction of the change it reports; the routing key is not stored. */
@Entity
@Table(name = "pager_event")
public class PagerEvent {

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_number", nullable = false)
    public long incidentNumber;

    /** trigger, acknowledge or resolve. */
    @Column(name = "event_action", nullable = false, length = 16)
    public String action;

    /** The environment variable holding the team's routing key; null means warroom.pagerduty.routing-key. */
    @Column(name = "routing_key_env", length = 200)
    public String routingKeyEnv;

    /** The event as JSON, without routing_key. */
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
