package io.warroom.incident;

public enum IncidentStatus {
    /** Still burning or being worked on. */
    OPEN,
    /** Impact is over; the postmortem is under way. */
    RESOLVED,
    /** Postmortem done; the incident is history. */
    CLOSED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
