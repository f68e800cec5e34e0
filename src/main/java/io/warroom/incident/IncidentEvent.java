package io.warroom.incident;

/** Something that happened to an incident, before it is written on the timeline with actor and time. */
public record IncidentEvent(TimelineKind kind, String text, String link) {

    public IncidentEvent(TimelineKind kind, String text) {
        this(kind, text, null);
    }
}
