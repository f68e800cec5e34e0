package io.warroom.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.IncidentCard;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.ChatRooms;
import io.warroom.incident.IncidentSnapshot.RoomView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pinned incident card: posted and pinned once, then edited in place with {@code chat.update} on every change,
 * with the channel topic following it when it changed.
 */
@ApplicationScoped
class CardMessages {

    @Inject
    SlackClient client;

    @Inject
    ChatRooms rooms;

    /** The topic each channel was last given, so an unchanged topic is not set again (Slack posts each change). */
    private final Map<String, String> topics = new ConcurrentHashMap<>();

    void refresh(OutboxEnvelope envelope) throws DeliveryException {
        Optional<RoomView> room = IncidentRooms.room(envelope);
        IncidentCard card = envelope.card();
        if (room.isEmpty() || card == null || room.get().archived()) {
            return;
        }
        if (room.get().cardMessageId() == null) {
            post(room.get().channelId(), room.get().id(), card);
        } else {
            edit(room.get(), card);
        }
        topic(room.get().channelId(), card.topic());
    }

    /** Posts the card, records it as the message to edit from now on, and pins it. */
    void post(String channelId, long roomId, IncidentCard card) throws DeliveryException {
        String ts = send(channelId, card);
        rooms.setCardMessage(roomId, ts);
        pin(channelId, ts, card);
    }

    /** Posts the card; returns its message ts. */
    String send(String channelId, IncidentCard card) throws DeliveryException {
        ChatPostMessageResponse posted = SlackCalls.call("post the card of " + card.incident().key(),
                () -> client.methods().chatPostMessage(r -> r.channel(channelId).text(SlackBlocks.cardFallback(card))
                        .blocks(SlackBlocks.card(card)).unfurlLinks(false)));
        return posted.getTs();
    }

    void pin(String channelId, String ts, IncidentCard card) throws DeliveryException {
        SlackCalls.call("pin the card of " + card.incident().key(), Set.of("already_pinned"),
                () -> client.methods().pinsAdd(r -> r.channel(channelId).timestamp(ts)));
    }

    /** Edits the card in place; posts a new one when someone deleted it. */
    void edit(RoomView room, IncidentCard card) throws DeliveryException {
        ChatUpdateResponse updated = SlackCalls.call("update the card of " + card.incident().key(),
                Set.of("message_not_found"), () -> client.methods().chatUpdate(r -> r.channel(room.channelId())
                        .ts(room.cardMessageId()).text(SlackBlocks.cardFallback(card))
                        .blocks(SlackBlocks.card(card))));
        if (!updated.isOk()) {
            post(room.channelId(), room.id(), card);
        }
    }

    /** Sets the channel topic when it differs from the one last set. */
    void topic(String channelId, String topic) throws DeliveryException {
        String clipped = SlackText.clip(topic, SlackText.TOPIC);
        if (clipped.equals(topics.get(channelId))) {
            return;
        }
        SlackCalls.call("set the topic of " + channelId,
                () -> client.methods().conversationsSetTopic(r -> r.channel(channelId).topic(clipped)));
        topics.put(channelId, clipped);
    }
}
