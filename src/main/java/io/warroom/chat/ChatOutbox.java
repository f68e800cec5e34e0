package io.warroom.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.Platform;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Queues deliveries in the caller's transaction; they go out after it commits. */
@ApplicationScoped
public class ChatOutbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    @All
    List<ChatPlatform> platforms;

    /** The platforms that are configured, each once. Every timeline entry asks, so this is a plain loop. */
    public List<ChatPlatform> enabledPlatforms() {
        List<ChatPlatform> enabled = null;
        for (ChatPlatform platform : platforms) {
            if (platform.enabled()) {
                if (enabled == null) {
                    enabled = new ArrayList<>(platforms.size());
                }
                enabled.add(platform);
            }
        }
        return enabled == null ? List.of() : Collections.unmodifiableList(enabled);
    }

    public boolean enabled(Platform platform) {
        return enabledPlatforms().stream().anyMatch(p -> p.platform() == platform);
    }

    /** Queues a delivery about an incident: it shares the incident's lane on that platform, so order is kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Platform platform, long incidentNumber, Delivery delivery) {
        write(platform.id(), platform, platform.id() + ":" + IncidentKey.of(incidentNumber), incidentNumber,
                delivery.kind(), serialize(delivery));
    }

    /**
     * Queues a delivery about an incident in a lane shared with other incidents (the announce channel's): order is
     * kept within that lane, and a busy or rate-limited channel there never holds the incident's own lane.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Platform platform, long incidentNumber, String lane, Delivery delivery) {
        write(platform.id(), platform, platform.id() + ":" + lane, incidentNumber, delivery.kind(),
                serialize(delivery));
    }

    /** Queues a delivery about no incident (a warning to the alert channel, a reminder DM). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Platform platform, String lane, Delivery delivery) {
        write(platform.id(), platform, platform.id() + ":" + lane, null, delivery.kind(), serialize(delivery));
    }

    /**
     * Queues a message about an incident for a destination that is not a chat platform (its Courier reads the
     * payload); it shares the incident's lane on that destination, so order is kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String destination, long incidentNumber, String kind, String payload) {
        write(destination, null, destination + ":" + IncidentKey.of(incidentNumber), incidentNumber, kind, payload);
    }

    private void write(String destination, Platform platform, String lane, Long incidentNumber, String kind,
            String payload) {
        OutboxMessage message = new OutboxMessage();
        Instant now = clock.instant();
        message.destination = destination;
        message.platform = platform;
        message.lane = lane;
        message.kind = kind;
        message.incidentNumber = incidentNumber;
        message.payload = payload;
        message.status = OutboxMessage.Status.PENDING;
        message.nextAttemptAt = now;
        message.createdAt = now;
        em.persist(message);
        written.fire(new OutboxWritten(message.id, lane));
    }

    private String serialize(Delivery delivery) {
        try {
            return json.writeValueAsString(delivery);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + delivery.kind(), e);
        }
    }
}
