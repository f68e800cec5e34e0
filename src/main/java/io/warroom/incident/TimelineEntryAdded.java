package io.warroom.incident;

/** Fired inside the transaction that wrote a timeline entry, so observers can write their own rows with it. */
public record TimelineEntryAdded(Incident incident, TimelineEntry entry) {
}
