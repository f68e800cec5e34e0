package io.warroom.discord;

import io.warroom.chat.DeliveryException;
import io.warroom.chat.IncidentCard;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.ChatRooms;
import io.warroom.incident.IncidentSnapshot.RoomView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.requests.ErrorResponse;

/** Posts and pins the incident card, and edits it in place as the incident changes. */
@ApplicationScoped
class CardPoster {

    @Inject
    DiscordRest rest;

    @Inject
    DiscordMessages messages;

    @Inject
    ChatRooms rooms;

    private final TopicUpdates topics = new TopicUpdates();

    void refresh(OutboxEnvelope envelope) throws DeliveryException {
        Optional<RoomView> room = IncidentChannels.room(envelope);
        if (room.isEmpty() || envelope.card() == null) {
            return;
        }
        TextChannel channel = IncidentChannels.channel(rest.client(), room.get());
        if (room.get().cardMessageId() == null) {
            post(channel, room.get().id(), envelope.card());
        } else {
            edit(channel, room.get(), envelope.card());
        }
        if (!room.get().archived()) {
            topics.set(channel, envelope.card().topic());
        }
    }

    /** Posts the card, pins it and records it as the message to edit from now on. */
    void post(TextChannel channel, long roomId, IncidentCard card) throws DeliveryException {
        String messageId = send(channel, card);
        pin(channel, messageId, card);
        rooms.setCardMessage(roomId, messageId);
    }

    /** Posts the card; returns its message id. */
    String send(TextChannel channel, IncidentCard card) throws DeliveryException {
        Message message = rest.call("post the card of " + card.incident().key(),
                channel.sendMessage(messages.card(card)));
        return message.getId();
    }

    /** Pins the card; pinning a pinned message changes nothing. */
    void pin(TextChannel channel, String messageId, IncidentCard card) throws DeliveryException {
        rest.call("pin the card of " + card.incident().key(), channel.pinMessageById(messageId));
    }

    void topic(TextChannel channel, String topic) {
        topics.set(channel, topic);
    }

    private void edit(TextChannel channel, RoomView room, IncidentCard card) throws DeliveryException {
        Optional<Message> edited = rest.call("edit the card of " + card.incident().key(),
                channel.editMessageById(room.cardMessageId(), messages.cardEdit(card)).map(Optional::of)
                        .onErrorMap(ErrorResponse.test(ErrorResponse.UNKNOWN_MESSAGE), deleted -> Optional.empty()));
        if (edited.isEmpty()) {
            // Someone deleted the card: post a new one rather than give up on the room.
            post(channel, room.id(), card);
        }
    }
}
