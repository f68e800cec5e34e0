package io.warroom.chat;

import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.Platform;

import java.time.Instant;

/**
 * One queued delivery as handed to a platform, with the incident and its card as they are now (both null when the
 * delivery is about no incident). attempt counts from 1. doubtfulSince is null when no earlier try can have posted
 * any of it; otherwise an earlier try (here, or by an instance that died holding its lane) may have, and began no
 * sooner than that instant, so a platform without idempotent posts looks for them before posting again.
 */
public record OutboxEnvelope(long id, Platform platform, Delivery delivery, IncidentSnapshot incident,
        IncidentCard card, int attempt, Instant doubtfulSince) {

    public OutboxEnvelope(long id, Platform platform, Delivery delivery, IncidentSnapshot incident, IncidentCard card,
            int attempt) {
        this(id, platform, delivery, incident, card, attempt, null);
    }
}
