package io.warroom.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The day an overdue action item's owner was last reminded, so each item is reminded once a day. */
@Entity
@Table(name = "action_item_reminder")
public class ActionItemReminder {

    @Id
    @Column(name = "action_item_id")
    public Long actionItemId;

    @Column(name = "reminded_on", nullable = false)
    public LocalDate remindedOn;

    protected ActionItemReminder() {
    }

    ActionItemReminder(long actionItemId, LocalDate remindedOn) {
        this.actionItemId = actionItemId;
        this.remindedOn = remindedOn;
    }
}
