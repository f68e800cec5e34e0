package io.warroom.incident;

/** Fired inside the transaction that opened an incident; chat observers queue the rooms to create. */
public record IncidentOpened(Incident incident, NewIncident request) {
}
