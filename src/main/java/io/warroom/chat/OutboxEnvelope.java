package io.warroom.chat;

import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.Platform;

/**
 * One queued delivery as handed to a platform, with the incident and its card as they are now (both null when the
 * delivery is about no incident). attempt counts from 1.
 */
public record OutboxEnvelope(long id, Platform platform, Delivery delivery, IncidentSnapshot incident,
        IncidentCard card, int attempt) {
}
