package io.warroom.chat;

import io.warroom.incident.ChatRoom;
import io.warroom.incident.ChatRooms;
import io.warroom.incident.IncidentSnapshot.RoomView;
import io.warroom.incident.RoomStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * Opening an incident room, written once for every platform. The channel is created and recorded first (an incident
 * keeps the room it has); then the steps of {@link RoomStep} run in order, each recorded as done once it succeeded:
 * a delivery retried after a failure or a crash continues where it stopped and repeats nothing people can see. Only
 * a crash between a step and its record repeats that one step.
 */
@ApplicationScoped
class RoomOpening {

    @Inject
    ChatRooms rooms;

    void open(OutboxEnvelope envelope, Delivery.OpenRoom request, RoomPort port) throws DeliveryException {
        IncidentCard card = envelope.card();
        if (card == null) {
            throw DeliveryException.giveUp("the incident is gone");
        }
        RoomView room = RoomWorkflow.roomOf(envelope, port).orElse(null);
        if (room == null) {
            RoomPort.Channel channel = port.createRoom(card, request.originChannelId());
            ChatRoom created = rooms.attach(card.incident().number(), port.platform(), channel.id(), channel.name(),
                    channel.url());
            room = new RoomView(created.id, port.platform(), created.channelId, created.channelName, created.url,
                    created.cardMessageId, false);
        }
        continueOpening(room, request, card, port);
    }

    private void continueOpening(RoomView room, Delivery.OpenRoom request, IncidentCard card, RoomPort port)
            throws DeliveryException {
        ChatRooms.Opening opening = rooms.opening(room.id());
        Set<RoomStep> done = opening.done();
        String key = card.incident().key();
        if (!done.contains(RoomStep.TOPIC)) {
            port.setTopic(room, card.topic());
            rooms.markDone(room.id(), RoomStep.TOPIC);
        }
        if (!done.contains(RoomStep.INVITE)) {
            // Inviting someone already in the room changes nothing, so a retry may repeat this step.
            List<String> people = request.inviteUserIds();
            if (!people.isEmpty() && !port.invite(room, people, key, true)) {
                port.post(room, RoomTexts.openedBy(port, people, key, card.incident().language()), key);
            }
            rooms.markDone(room.id(), RoomStep.INVITE);
        }
        if (!done.contains(RoomStep.LINK_BACK)) {
            String origin = request.originChannelId();
            if (origin != null && !origin.equals(room.channelId())) {
                port.linkToRoom(origin, RoomTexts.linkBack(card), room, key);
            }
            rooms.markDone(room.id(), RoomStep.LINK_BACK);
        }
        String cardId = opening.cardMessageId();
        if (cardId == null) {
            cardId = port.postCard(room, card);
            rooms.setCardMessage(room.id(), cardId);
        }
        if (!done.contains(RoomStep.PIN)) {
            port.pin(room, cardId, card);
            rooms.markDone(room.id(), RoomStep.PIN);
        }
    }
}
