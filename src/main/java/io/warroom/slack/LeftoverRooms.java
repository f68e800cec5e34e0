package io.warroom.slack;

import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.chat.DeliveryException;
import io.warroom.incident.ChatRooms;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Finds the channel an interrupted room opening created but never recorded (the instance died between Slack's
 * answer and the commit, and another instance delivers the opening again): an open channel of the incident's own
 * name, created by this bot and no incident's room. Reusing it keeps one room per incident. Asked only when that
 * name is taken, which is rare.
 */
@ApplicationScoped
class LeftoverRooms {

    private static final int PAGE = 1000;
    private static final int MAX_PAGES = 20;

    @Inject
    SlackClient client;

    @Inject
    SlackBot bot;

    @Inject
    ChatRooms rooms;

    Optional<Conversation> find(String name) throws DeliveryException {
        Optional<String> self = bot.botUserId();
        if (self.isEmpty()) {
            return Optional.empty();
        }
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String from = cursor;
            ConversationsListResponse listed = SlackCalls.call("look for channel #" + name, () -> client.methods()
                    .conversationsList(r -> r.excludeArchived(true).types(List.of(ConversationType.PUBLIC_CHANNEL))
                            .limit(PAGE).cursor(from)));
            for (Conversation channel : listed.getChannels()) {
                if (name.equals(channel.getName()) && self.get().equals(channel.getCreator()) && unused(channel)) {
                    return Optional.of(channel);
                }
            }
            cursor = listed.getResponseMetadata() == null ? null : listed.getResponseMetadata().getNextCursor();
            if (cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        return Optional.empty();
    }

    private boolean unused(Conversation channel) {
        return QuarkusTransaction.requiringNew().call(() -> rooms.find(Platform.SLACK, channel.getId()).isEmpty());
    }
}
