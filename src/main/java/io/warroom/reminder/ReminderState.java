package io.warroom.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What reminders already did for an incident, and until when its status-update reminders are snoozed. */
@Entity
@Table(name = "reminder_state")
public class ReminderState {

    @Id
    @Column(name = "incident_number")
    public Long incidentNumber;

    @Column(name = "update_reminded_at")
    public Instant updateRemindedAt;

    @Column(name = "snoozed_until")
    public Instant snoozedUntil;

    @Column(name = "commander_nudged_at")
    public Instant commanderNudgedAt;

    protected ReminderState() {
    }

    ReminderState(long incidentNumber) {
        this.incidentNumber = incidentNumber;
    }
}
