package io.warroom.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.block.LayoutBlock;
import io.warroom.chat.ChannelPurpose;
import io.warroom.chat.ChatMessage;
import io.warroom.chat.Delivery;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.IncidentSnapshot.RoomView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/** Messages the outbox sends: in the incident channel, the announce and alert channels, direct messages, invites. */
@ApplicationScoped
class RoomPosts {

    private static final Logger LOG = Logger.getLogger(RoomPosts.class);
    /** Errors that mean the bot cannot post where the incident was opened: the room still opens. */
    private static final Set<String> ORIGIN_UNREACHABLE = Set.of("not_in_channel", "channel_not_found",
            "is_archived", "restricted_action");
    /** Invite errors that leave the room usable: the person is there already or cannot be added. */
    private static final Set<String> INVITE_SKIPPED = Set.of("already_in_channel", "cant_invite_self",
            "user_not_found", "user_is_bot", "user_is_restricted", "cant_invite", "ura_max_channels",
            "user_is_ultra_restricted", "not_in_channel");

    @Inject
    SlackClient client;

    @Inject
    SlackConfig config;

    void inRoom(OutboxEnvelope envelope, ChatMessage message) throws DeliveryException {
        Optional<RoomView> room = IncidentRooms.room(envelope);
        if (room.isPresent() && !room.get().archived()) {
            post(room.get().channelId(), message, key(envelope), "post in " + IncidentRooms.describe(room.get()));
        }
    }

    void inChannel(OutboxEnvelope envelope, Delivery.PostToChannel post) throws DeliveryException {
        Optional<String> configured = (post.purpose() == ChannelPurpose.ANNOUNCE ? config.announceChannel()
                : config.alertChannel()).map(String::strip).filter(c -> !c.isEmpty());
        if (configured.isEmpty()) {
            LOG.debugf("No Slack %s channel configured (SLACK_%s_CHANNEL); message not posted", post.purpose(),
                    post.purpose());
            return;
        }
        String channel = configured.get();
        try {
            post(channel, post.message(), key(envelope), "post in SLACK_" + post.purpose() + "_CHANNEL ("
                    + channel + ")");
        } catch (DeliveryException e) {
            boolean unreachable = e.getMessage().endsWith("channel_not_found")
                    || e.getMessage().endsWith("not_in_channel");
            throw e.retryable() || !unreachable ? e : DeliveryException.giveUp(e.getMessage()
                    + " (use the channel's ID, and for a private channel invite the app: /invite @Warroom)");
        }
    }

    void direct(OutboxEnvelope envelope, Delivery.DirectMessage dm) throws DeliveryException {
        ConversationsOpenResponse opened = SlackCalls.call("open a direct message with " + dm.userId(),
                () -> client.methods().conversationsOpen(r -> r.users(List.of(dm.userId()))));
        post(opened.getChannel().getId(), dm.message(), key(envelope), "message user " + dm.userId());
    }

    void invite(OutboxEnvelope envelope, List<String> userIds) throws DeliveryException {
        Optional<RoomView> room = IncidentRooms.room(envelope);
        if (room.isEmpty() || room.get().archived() || userIds.isEmpty()) {
            return;
        }
        StringBuilder called = new StringBuilder();
        for (String userId : userIds) {
            inviteOne(room.get().channelId(), userId, envelope.incident().key(), false);
            called.append(SlackText.mention(userId)).append(' ');
        }
        postText(room.get().channelId(), called + "you are needed on " + envelope.incident().key() + ": "
                + SlackText.escape(envelope.incident().title()), "call people into "
                + IncidentRooms.describe(room.get()));
    }

    /**
     * Invites one person (one call each, so one who cannot be added does not keep out the others). Someone already
     * in the channel is fine; while opening a room, a person who cannot be invited is logged and skipped.
     */
    void inviteOne(String channelId, String userId, String incidentKey, boolean opening) throws DeliveryException {
        Set<String> accepted = opening ? INVITE_SKIPPED : Set.of("already_in_channel");
        var invited = SlackCalls.call("invite " + userId + " to the room of " + incidentKey, accepted,
                () -> client.methods().conversationsInvite(r -> r.channel(channelId).users(List.of(userId))));
        if (!invited.isOk() && !"already_in_channel".equals(invited.getError())) {
            LOG.warnf("%s not invited to the room of %s: Slack answered %s", userId, incidentKey,
                    invited.getError());
        }
    }

    /** Posts text, logging instead of failing when the bot cannot reach that channel. */
    void postTolerating(String channelId, String text, String what) throws DeliveryException {
        ChatPostMessageResponse posted = SlackCalls.call(what, ORIGIN_UNREACHABLE, () -> client.methods()
                .chatPostMessage(r -> r.channel(channelId).text(text).unfurlLinks(false)));
        if (!posted.isOk()) {
            LOG.warnf("%s: Slack answered %s (invite the app to that channel to get links there)", what,
                    posted.getError());
        }
    }

    void postText(String channelId, String mrkdwn, String what) throws DeliveryException {
        SlackCalls.call(what, () -> client.methods().chatPostMessage(r -> r.channel(channelId)
                .text(SlackText.clip(mrkdwn, SlackText.MESSAGE)).unfurlLinks(false)));
    }

    private void post(String channelId, ChatMessage message, String incidentKey, String what)
            throws DeliveryException {
        String text = SlackText.clip(SlackText.escapeKeeping(SlackText.orDash(message.text()), message.mentions()),
                SlackText.MESSAGE);
        List<LayoutBlock> blocks = SlackBlocks.message(message, incidentKey);
        SlackCalls.call(what, () -> client.methods().chatPostMessage(r -> {
            r.channel(channelId).text(text).unfurlLinks(false);
            return blocks.isEmpty() ? r : r.blocks(blocks);
        }));
    }

    private static String key(OutboxEnvelope envelope) {
        return envelope.incident() == null ? null : envelope.incident().key();
    }
}
