package io.warroom.slack;

import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import io.warroom.chat.ChannelPurpose;
import io.warroom.chat.ChatMessage;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.IncidentCard;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.chat.PlatformUnavailable;
import io.warroom.chat.RoomNames;
import io.warroom.chat.RoomPort;
import io.warroom.chat.RoomTexts;
import io.warroom.chat.RoomWorkflow;
import io.warroom.i18n.Language;
import io.warroom.incident.IncidentSnapshot.RoomView;
import io.warroom.incident.Platform;
import io.warroom.postmortem.Postmortem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Slack as the outbox sees it: the room workflow's primitives done through the Web API as the bot. A taken channel
 * name gets a suffix; people are invited with conversations.invite; a closed incident's channel is archived only
 * when SLACK_ARCHIVE_ON_CLOSE is on, and then takes no more posts.
 */
@ApplicationScoped
public class SlackPlatform implements RoomPort {

    private static final Logger LOG = Logger.getLogger(SlackPlatform.class);
    private static final int NAME_ATTEMPTS = 20;
    /** Errors that mean the bot cannot post where the incident was opened: the room still opens. */
    private static final Set<String> ORIGIN_UNREACHABLE = Set.of("not_in_channel", "channel_not_found",
            "is_archived", "restricted_action");
    /** Invite errors that leave the room usable: the person is there already or cannot be added. */
    private static final Set<String> INVITE_SKIPPED = Set.of("already_in_channel", "cant_invite_self",
            "user_not_found", "user_is_bot", "user_is_restricted", "cant_invite", "ura_max_channels",
            "user_is_ultra_restricted", "not_in_channel");

    @Inject
    SlackBot bot;

    @Inject
    SlackConfig config;

    @Inject
    SlackClient client;

    @Inject
    SlackMessages messages;

    @Inject
    RoomWorkflow workflow;

    @Inject
    LeftoverRooms leftovers;

    @Inject
    SlackPosts posts;

    @Inject
    SlackMethodPacing pacing;

    /** The topic each channel was last given, so an unchanged topic is not set again (Slack posts each change). */
    private final Map<String, String> topics = new ConcurrentHashMap<>();
    /**
     * Each person's direct-message channel, which Slack keeps for good: opened once, not before every page
     * (conversations.open is Tier 3, about 50 a minute, fewer than the pages of an alert storm).
     */
    private final Map<String, String> directChannels = new ConcurrentHashMap<>();

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public boolean enabled() {
        return bot.enabled();
    }

    @Override
    public boolean opensRooms() {
        return config.openRooms();
    }

    @Override
    public void deliver(OutboxEnvelope envelope) throws DeliveryException {
        posts.during(envelope, () -> workflow.deliver(envelope, this));
    }

    @Override
    public Channel createRoom(IncidentCard card, String originChannelId) throws DeliveryException {
        String base = RoomNames.of(SlackText.channelPrefix(config.channelPrefix()), card.incident().number(),
                card.incident().title(), SlackText.CHANNEL_NAME);
        String name = base;
        for (int attempt = 2; attempt <= NAME_ATTEMPTS + 1; attempt++) {
            String tried = name;
            ConversationsCreateResponse created = pacing.call("conversations.create", "create channel #" + tried,
                    Set.of("name_taken"),
                    () -> client.methods().conversationsCreate(r -> r.name(tried).isPrivate(false)));
            if (created.isOk()) {
                Conversation channel = created.getChannel();
                String url = bot.teamId().map(team -> "https://app.slack.com/client/" + team + "/" + channel.getId())
                        .orElse(null);
                return new Channel(channel.getId(), channel.getName(), url);
            }
            Optional<Conversation> leftover = tried.equals(base) ? leftovers.find(base) : Optional.empty();
            if (leftover.isPresent()) {
                LOG.infof("Slack channel #%s was created for %s by an opening that did not finish; using it", base,
                        card.incident().key());
                return new Channel(leftover.get().getId(), base, bot.teamId()
                        .map(team -> "https://app.slack.com/client/" + team + "/" + leftover.get().getId())
                        .orElse(null));
            }
            LOG.debugf("Slack channel #%s is taken; trying another name for %s", tried, card.incident().key());
            name = RoomNames.next(base, attempt, SlackText.CHANNEL_NAME);
        }
        throw DeliveryException.giveUp("create a channel for " + card.incident().key() + ": #" + base
                + " and " + NAME_ATTEMPTS + " suffixed names are all taken");
    }

    /** Sets the channel topic when it differs from the one last set. */
    @Override
    public void setTopic(RoomView room, String topic) throws DeliveryException {
        String clipped = SlackText.clip(topic, SlackText.TOPIC);
        if (clipped.equals(topics.get(room.channelId()))) {
            return;
        }
        pacing.call("conversations.setTopic", "set the topic of " + room.channelId(),
                () -> client.methods().conversationsSetTopic(r -> r.channel(room.channelId()).topic(clipped)));
        topics.put(room.channelId(), clipped);
    }

    /**
     * Invites one person per call, so one who cannot be added does not keep out the others. Someone already in the
     * channel is fine; while opening a room, a person who cannot be invited is logged and skipped.
     */
    @Override
    public boolean invite(RoomView room, List<String> userIds, String incidentKey, boolean opening)
            throws DeliveryException {
        Set<String> accepted = opening ? INVITE_SKIPPED : Set.of("already_in_channel");
        for (String userId : userIds) {
            var invited = pacing.call("conversations.invite", "invite " + userId + " to the room of " + incidentKey,
                    accepted,
                    () -> client.methods().conversationsInvite(r -> r.channel(room.channelId())
                            .users(List.of(userId))));
            if (!invited.isOk() && !"already_in_channel".equals(invited.getError())) {
                LOG.warnf("%s not invited to the room of %s: Slack answered %s", userId, incidentKey,
                        invited.getError());
            }
        }
        return true;
    }

    @Override
    public void post(RoomView room, ChatMessage message, String incidentKey) throws DeliveryException {
        post(room.channelId(), message, incidentKey, "post in " + describe(room));
    }

    @Override
    public void postToChannel(ChannelPurpose purpose, ChatMessage message, String incidentKey)
            throws DeliveryException {
        Optional<String> configured = (purpose == ChannelPurpose.ANNOUNCE ? config.announceChannel()
                : config.alertChannel()).map(String::strip).filter(c -> !c.isEmpty());
        if (configured.isEmpty()) {
            LOG.debugf("No Slack %s channel configured (SLACK_%s_CHANNEL); message not posted", purpose, purpose);
            return;
        }
        String channel = configured.get();
        try {
            post(channel, message, incidentKey, "post in SLACK_" + purpose + "_CHANNEL (" + channel + ")");
        } catch (DeliveryException e) {
            boolean unreachable = e.getMessage().endsWith("channel_not_found")
                    || e.getMessage().endsWith("not_in_channel");
            throw e.retryable() || !unreachable ? e : DeliveryException.giveUp(e.getMessage()
                    + " (use the channel's ID, and for a private channel invite the app: /invite @Warroom)");
        }
    }

    @Override
    public void directMessage(String userId, ChatMessage message, String incidentKey) throws DeliveryException {
        String channel = directChannels.get(userId);
        if (channel == null) {
            ConversationsOpenResponse opened = pacing.call("conversations.open", "open a direct message with " + userId,
                    () -> client.methods().conversationsOpen(r -> r.users(List.of(userId))));
            channel = opened.getChannel().getId();
            directChannels.put(userId, channel);
        }
        try {
            post(channel, message, incidentKey, "message user " + userId);
        } catch (DeliveryException e) {
            if (e.retryAfter() == null) {
                directChannels.remove(userId, channel); // not a rate limit: the next try opens it afresh
            }
            throw e;
        }
    }

    @Override
    public void linkToRoom(String channelId, String text, RoomView room, String incidentKey)
            throws DeliveryException {
        String what = "link " + incidentKey + " from " + channelId;
        String linked = SlackText.escape(text) + SlackText.channelLink(room.channelId());
        ChatPostMessageResponse posted = posts.post(what, ORIGIN_UNREACHABLE, channelId, "link",
                r -> r.channel(channelId).text(linked).unfurlLinks(false));
        if (!posted.isOk()) {
            LOG.warnf("%s: Slack answered %s (invite the app to that channel to get links there)", what,
                    posted.getError());
        }
    }

    @Override
    public String postCard(RoomView room, IncidentCard card) throws DeliveryException {
        ChatPostMessageResponse posted = posts.post("post the card of " + card.incident().key(), Set.of(),
                room.channelId(), "card", r -> r.channel(room.channelId()).text(SlackBlocks.cardFallback(card))
                        .blocks(SlackBlocks.card(card)).unfurlLinks(false));
        return posted.getTs();
    }

    @Override
    public boolean editCard(RoomView room, IncidentCard card) throws DeliveryException {
        ChatUpdateResponse updated = SlackCalls.call("update the card of " + card.incident().key(),
                Set.of("message_not_found"), () -> client.methods().chatUpdate(r -> r.channel(room.channelId())
                        .ts(room.cardMessageId()).text(SlackBlocks.cardFallback(card))
                        .blocks(SlackBlocks.card(card))));
        return updated.isOk();
    }

    @Override
    public void pin(RoomView room, String messageId, IncidentCard card) throws DeliveryException {
        pacing.call("pins.add", "pin the card of " + card.incident().key(), Set.of("already_pinned"),
                () -> client.methods().pinsAdd(r -> r.channel(room.channelId()).timestamp(messageId)));
    }

    /**
     * The SDK's filesUploadV2: files.getUploadURLExternal, the bytes POSTed to the URL it gives,
     * files.completeUploadExternal.
     */
    @Override
    public void upload(RoomView room, String comment, Postmortem postmortem) throws DeliveryException {
        String what = "upload the postmortem to " + describe(room);
        posts.shareFile(what, room.channelId(), postmortem.filename(), () -> {
            try {
                SlackCalls.call(what, () -> client.methods().filesUploadV2(r -> r.channel(room.channelId())
                        .filename(postmortem.filename()).title("Postmortem " + postmortem.incidentKey())
                        .content(postmortem.markdown()).snippetType("markdown")
                        .initialComment(SlackText.escape(comment)).requestFileInfo(false)));
            } catch (SlackFilesUploadV2Exception e) {
                // The bytes did not reach the upload URL (the file is not shared yet): try the whole upload again.
                throw DeliveryException.retryLater(what + ": the file upload itself failed");
            }
        });
    }

    @Override
    public boolean archivesRooms() {
        return config.archiveOnClose();
    }

    @Override
    public boolean archivedRoomsTakePosts() {
        return false;
    }

    /** Says so first: an archived channel takes no more posts. History, pins and files stay searchable. */
    @Override
    public void archive(RoomView room, String incidentKey, Language language) throws DeliveryException {
        posts.post("say " + describe(room) + " is archived", Set.of(), room.channelId(), "archived", r -> r
                .channel(room.channelId()).text(RoomTexts.archived(incidentKey, false, language)).unfurlLinks(false));
        pacing.call("conversations.archive", "archive " + describe(room), Set.of("already_archived"),
                () -> client.methods().conversationsArchive(r -> r.channel(room.channelId())));
    }

    @Override
    public Optional<FetchedMessage> fetchMessage(String channelId, String ts) throws PlatformUnavailable {
        Optional<Message> message = messages.find(channelId, ts);
        if (message.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FetchedMessage(messages.author(message.get()), messages.plainText(message.get()),
                messages.permalink(channelId, ts).orElse(null), SlackMessages.time(ts)));
    }

    private void post(String channelId, ChatMessage message, String incidentKey, String what)
            throws DeliveryException {
        String text = SlackText.clip(SlackText.escapeKeeping(SlackText.orDash(message.text()), message.mentions()),
                SlackText.MESSAGE);
        List<LayoutBlock> blocks = SlackBlocks.message(message, incidentKey);
        posts.post(what, Set.of(), channelId, "message", r -> {
            r.channel(channelId).text(text).unfurlLinks(false);
            return blocks.isEmpty() ? r : r.blocks(blocks);
        });
    }

    private static String describe(RoomView room) {
        return room.channelName() == null ? room.channelId() : "#" + room.channelName();
    }
}
