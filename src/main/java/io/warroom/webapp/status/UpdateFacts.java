package io.warroom.webapp.status;

import io.warroom.incident.Phase;
import java.time.Instant;

/** A public status update: its timeline entry id, incident, time, the phase it was posted in, and its text. */
public record UpdateFacts(long id, long incidentNumber, Instant at, Phase phase, String text) {
}
