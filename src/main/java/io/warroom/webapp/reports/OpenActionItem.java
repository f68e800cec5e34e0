package io.warroom.webapp.reports;

import io.warroom.incident.Incident;
import java.time.LocalDate;

/** An action item not done yet, with the incident it came from. Owner is null when nobody owns it. */
public record OpenActionItem(long incidentNumber, int number, String text, String owner, LocalDate due) {

    /** Overdue when its due date is before today in the configured zone; due today is not late yet. */
    public boolean overdueOn(LocalDate today) {
        return due != null && due.isBefore(today);
    }

    public String incidentKey() {
        return Incident.KEY_PREFIX + incidentNumber;
    }
}
