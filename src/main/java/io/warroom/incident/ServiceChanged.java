package io.warroom.incident;

/** Fired inside the transaction that gave an incident another service (or none); paging may follow it. */
public record ServiceChanged(Incident incident) {
}
