package io.warroom.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.i18n.Language;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Carries chat deliveries to the configured chat platforms, with the incident and its card as they are now. */
@ApplicationScoped
public class ChatCourier implements Courier {

    @Inject
    @All
    List<ChatPlatform> platforms;

    @Inject
    IncidentService incidents;

    @Inject
    IncidentCards cards;

    @Inject
    ObjectMapper json;

    @Inject
    ChatConfig config;

    @Override
    public boolean carries(String destination) {
        return platforms.stream().anyMatch(p -> p.enabled() && p.platform().id().equals(destination));
    }

    @Override
    public void deliver(OutboxMessage message) throws DeliveryException {
        deliver(message, null);
    }

    @Override
    public void deliver(OutboxMessage message, Instant doubtfulSince) throws DeliveryException {
        Optional<ChatPlatform> platform = platforms.stream()
                .filter(p -> p.platform() == message.platform && p.enabled()).findFirst();
        if (platform.isEmpty()) {
            throw DeliveryException.giveUp(DeliveryException.Reason.UNCONFIGURED, message.platform.id()
                    + " is not configured");
        }
        Delivery delivery;
        try {
            delivery = json.readValue(message.payload, Delivery.class);
        } catch (IOException e) {
            throw DeliveryException.giveUp(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        IncidentCard card = message.incidentNumber == null ? null : card(message.incidentNumber);
        platform.get().deliver(new OutboxEnvelope(message.id, message.platform, delivery,
                card == null ? null : card.incident(), card, message.attempts + 1, doubtfulSince));
    }

    @Override
    public Duration maxBackoff() {
        return config.maxBackoff();
    }

    @Override
    public Duration giveUpAfter() {
        return config.giveUpAfter();
    }

    @Override
    public String giveUpNote(OutboxMessage message, String error, Language language) {
        return RoomTexts.in(language).deliveryGivenUp(message.platform.id(), message.kind, error);
    }

    private IncidentCard card(long number) {
        return QuarkusTransaction.requiringNew().call(() -> incidents.find(number)
                .map(incident -> cards.of(IncidentSnapshot.of(incident))).orElse(null));
    }
}
