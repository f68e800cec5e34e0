package io.warroom.slack;

import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.model.Conversation;
import io.warroom.chat.Delivery;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.IncidentCard;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.chat.RoomNames;
import io.warroom.chat.RoomOpening;
import io.warroom.incident.ChatRoom;
import io.warroom.incident.ChatRooms;
import io.warroom.incident.IncidentSnapshot.RoomView;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Opens an incident's Slack channel: {@code inc-42-checkout-5xx-spike} (a suffix when the name is taken), then the
 * steps of {@link RoomOpening} (topic, the people who opened it invited, a link back where it was opened, the card
 * posted and pinned). Safe to deliver again: an incident keeps the channel it has, and each step is done once.
 */
@ApplicationScoped
class RoomOpener {

    private static final Logger LOG = Logger.getLogger(RoomOpener.class);
    private static final int NAME_ATTEMPTS = 20;

    @Inject
    SlackClient client;

    @Inject
    SlackBot bot;

    @Inject
    SlackConfig config;

    @Inject
    ChatRooms rooms;

    @Inject
    RoomOpening opening;

    @Inject
    CardMessages cards;

    @Inject
    RoomPosts posts;

    void open(OutboxEnvelope envelope, Delivery.OpenRoom request) throws DeliveryException {
        IncidentCard card = envelope.card();
        if (card == null) {
            throw DeliveryException.giveUp("the incident is gone");
        }
        Optional<RoomView> existing = IncidentRooms.room(envelope);
        String channelId;
        long roomId;
        if (existing.isPresent()) {
            channelId = existing.get().channelId();
            roomId = existing.get().id();
        } else {
            Conversation channel = create(card);
            String url = bot.teamId().map(team -> "https://app.slack.com/client/" + team + "/" + channel.getId())
                    .orElse(null);
            ChatRoom room = rooms.attach(card.incident().number(), Platform.SLACK, channel.getId(),
                    channel.getName(), url);
            channelId = channel.getId();
            roomId = room.id;
        }
        opening.continueOpening(roomId, new RoomOpening.Steps() {
            @Override
            public void setTopic() throws DeliveryException {
                cards.topic(channelId, card.topic());
            }

            @Override
            public void invite() throws DeliveryException {
                // Inviting someone already in the channel changes nothing, so a retry may repeat the loop.
                for (String userId : request.inviteUserIds()) {
                    posts.inviteOne(channelId, userId, card.incident().key(), true);
                }
            }

            @Override
            public void linkBack() throws DeliveryException {
                RoomOpener.this.linkBack(request.originChannelId(), channelId, card);
            }

            @Override
            public String postCard() throws DeliveryException {
                return cards.send(channelId, card);
            }

            @Override
            public void pinCard(String ts) throws DeliveryException {
                cards.pin(channelId, ts, card);
            }
        });
    }

    private Conversation create(IncidentCard card) throws DeliveryException {
        String base = RoomNames.of(SlackText.channelPrefix(config.channelPrefix()), card.incident().number(),
                card.incident().title(), SlackText.CHANNEL_NAME);
        String name = base;
        for (int attempt = 2; attempt <= NAME_ATTEMPTS + 1; attempt++) {
            String tried = name;
            ConversationsCreateResponse created = SlackCalls.call("create channel #" + tried, Set.of("name_taken"),
                    () -> client.methods().conversationsCreate(r -> r.name(tried).isPrivate(false)));
            if (created.isOk()) {
                return created.getChannel();
            }
            LOG.debugf("Slack channel #%s is taken; trying another name for %s", tried, card.incident().key());
            name = RoomNames.next(base, attempt, SlackText.CHANNEL_NAME);
        }
        throw DeliveryException.giveUp("create a channel for " + card.incident().key() + ": #" + base
                + " and " + NAME_ATTEMPTS + " suffixed names are all taken");
    }

    private void linkBack(String originChannelId, String roomChannelId, IncidentCard card)
            throws DeliveryException {
        if (originChannelId == null || originChannelId.equals(roomChannelId)) {
            return;
        }
        String text = "🚨 " + SlackText.escape(card.headline()) + ": follow it in " + SlackText.channelLink(
                roomChannelId);
        posts.postTolerating(originChannelId, text, "link " + card.incident().key() + " from " + originChannelId);
    }
}
