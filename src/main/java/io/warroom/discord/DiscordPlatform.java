package io.warroom.discord;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.jboss.logging.Logger;

/**
 * Discord as the outbox sees it: the room workflow's primitives done through the bot's REST client. Incident channels
 * live in the incident category (a channel of the room's name there is reused); Discord has no invitations, so people
 * are called in by mention; a closed incident's channel moves to the archive category and is locked, and the bot
 * keeps writing to it.
 */
@ApplicationScoped
public class DiscordPlatform implements RoomPort {

    private static final Logger LOG = Logger.getLogger(DiscordPlatform.class);

    @Inject
    DiscordBot bot;

    @Inject
    DiscordConfig config;

    @Inject
    DiscordRest rest;

    @Inject
    DiscordGuilds guilds;

    @Inject
    DiscordMessages messages;

    @Inject
    RoomWorkflow workflow;

    @Inject
    GatewayLease gateway;

    private final TopicUpdates topics = new TopicUpdates();

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public boolean enabled() {
        return bot.enabled();
    }

    @Override
    public boolean opensRooms() {
        return config.openRooms();
    }

    /** Only the replica holding the gateway lease has a connected client to deliver through. */
    @Override
    public boolean deliversHere() {
        return gateway.holdsGateway();
    }

    @Override
    public void deliver(OutboxEnvelope envelope) throws DeliveryException {
        try {
            MessageNonces.during(envelope.id(), () -> workflow.deliver(envelope, this));
        } catch (RuntimeException e) {
            // JDA checks permissions and limits before it sends anything, by throwing.
            throw DiscordErrors.toDelivery(envelope.delivery().kind(), e);
        }
    }

    /** The channel of the room's name in the incident category, made with its topic when there is none yet. */
    @Override
    public Channel createRoom(IncidentCard card, String originChannelId) throws DeliveryException {
        Guild guild = guilds.forRoom(rest.client(), originChannelId);
        Category category = guilds.category(guild, config.incidentCategory());
        String name = RoomNames.of(config.channelPrefix(), card.incident().number(), card.incident().title(),
                DiscordText.CHANNEL_NAME);
        Optional<TextChannel> named = category.getTextChannels().stream()
                .filter(c -> c.getName().equalsIgnoreCase(name)).findFirst();
        TextChannel channel = named.isPresent() ? named.get() : rest.call("create channel #" + name,
                category.createTextChannel(name).setTopic(DiscordText.clip(card.topic(), DiscordText.TOPIC)));
        return new Channel(channel.getId(), channel.getName(), channel.getJumpUrl());
    }

    /** In the background: Discord allows two topic changes per channel every ten minutes. */
    @Override
    public void setTopic(RoomView room, String topic) throws DeliveryException {
        topics.set(channel(room), topic);
    }

    /** Whoever may see the incident category sees the room: there is nobody to add. */
    @Override
    public boolean invite(RoomView room, List<String> userIds, String incidentKey, boolean opening) {
        return false;
    }

    @Override
    public void post(RoomView room, ChatMessage message, String incidentKey) throws DeliveryException {
        TextChannel channel = channel(room);
        rest.call("post in #" + channel.getName(), channel.sendMessage(messages.message(message, incidentKey)));
    }

    @Override
    public void postToChannel(ChannelPurpose purpose, ChatMessage message, String incidentKey)
            throws DeliveryException {
        Optional<String> configured = purpose == ChannelPurpose.ANNOUNCE ? config.announceChannel()
                : config.alertChannel();
        if (configured.isEmpty() || configured.get().isBlank()) {
            LOG.debugf("No Discord %s channel configured; message not posted", purpose);
            return;
        }
        TextChannel channel = guilds.channel(rest.client(), configured.get()).orElseThrow(() -> DeliveryException
                .giveUp("DISCORD_" + purpose + "_CHANNEL (" + configured.get() + ") is not a text channel the bot "
                        + "can see"));
        rest.call("post in #" + channel.getName(), channel.sendMessage(messages.message(message, incidentKey)));
    }

    @Override
    public void directMessage(String userId, ChatMessage message, String incidentKey) throws DeliveryException {
        var send = rest.client().openPrivateChannelById(userId)
                .flatMap(channel -> channel.sendMessage(messages.message(message, incidentKey)));
        try {
            rest.call("message user " + userId, send);
        } catch (DeliveryException e) {
            throw e.retryable() ? e : DeliveryException.giveUp(e.getMessage()
                    + " (the user may not share a server with the bot or may not accept direct messages)");
        }
    }

    /** Nothing when the bot cannot see that channel. */
    @Override
    public void linkToRoom(String channelId, String text, RoomView room, String incidentKey)
            throws DeliveryException {
        GuildMessageChannel origin = rest.client().getChannelById(GuildMessageChannel.class, channelId);
        if (origin == null) {
            return;
        }
        rest.call("link " + incidentKey + " from #" + origin.getName(), origin.sendMessage(messages.text(
                text + "<#" + room.channelId() + ">")));
    }

    @Override
    public String postCard(RoomView room, IncidentCard card) throws DeliveryException {
        Message message = rest.call("post the card of " + card.incident().key(),
                channel(room).sendMessage(messages.card(card)));
        return message.getId();
    }

    @Override
    public boolean editCard(RoomView room, IncidentCard card) throws DeliveryException {
        Optional<Message> edited = rest.call("edit the card of " + card.incident().key(),
                channel(room).editMessageById(room.cardMessageId(), messages.cardEdit(card)).map(Optional::of)
                        .onErrorMap(ErrorResponse.test(ErrorResponse.UNKNOWN_MESSAGE), deleted -> Optional.empty()));
        return edited.isPresent();
    }

    @Override
    public void pin(RoomView room, String messageId, IncidentCard card) throws DeliveryException {
        rest.call("pin the card of " + card.incident().key(), channel(room).pinMessageById(messageId));
    }

    @Override
    public void upload(RoomView room, String comment, Postmortem postmortem) throws DeliveryException {
        TextChannel channel = channel(room);
        rest.call("upload the postmortem to #" + channel.getName(), channel.sendMessage(messages.file(comment,
                postmortem.filename(), postmortem.markdown())));
    }

    @Override
    public boolean archivesRooms() {
        return true;
    }

    @Override
    public boolean archivedRoomsTakePosts() {
        return true;
    }

    /**
     * Moves the channel to the archive category, keeping its history and card, and makes it read-only (nobody but
     * the bot may post). Without Manage Permissions it is moved but not locked.
     */
    @Override
    public void archive(RoomView room, String incidentKey, Language language) throws DeliveryException {
        TextChannel channel = channel(room);
        Guild guild = channel.getGuild();
        Category archive = guilds.category(guild, config.archiveCategory());
        if (!archive.equals(channel.getParentCategory())) {
            rest.call("move #" + channel.getName() + " to " + archive.getName(),
                    channel.getManager().setParent(archive));
        }
        boolean locked = lock(channel, guild);
        rest.call("say #" + channel.getName() + " is archived", channel.sendMessage(messages.text(
                RoomTexts.archived(incidentKey, locked, language))));
    }

    @Override
    public Optional<FetchedMessage> fetchMessage(String channelId, String messageId) throws PlatformUnavailable {
        JDA jda = bot.connected().orElseThrow(() -> new PlatformUnavailable(
                "Discord bot is not connected (" + bot.status() + ")", null));
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            return Optional.empty();
        }
        Message message = channel.retrieveMessageById(messageId).timeout(10, TimeUnit.SECONDS).complete();
        return Optional.of(new FetchedMessage(DiscordActors.name(message.getMember(), message.getAuthor()),
                text(message), message.getJumpUrl(), message.getTimeCreated().toInstant()));
    }

    private boolean lock(TextChannel channel, Guild guild) throws DeliveryException {
        if (!guild.getSelfMember().hasPermission(channel, Permission.MANAGE_PERMISSIONS)) {
            LOG.warnf("#%s archived but not locked: give Warroom's role Manage Permissions (Manage Roles) to lock "
                    + "archived incident channels", channel.getName());
            return false;
        }
        EnumSet<Permission> botKeeps = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
                Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES);
        rest.call("let the bot post in #" + channel.getName(),
                channel.upsertPermissionOverride(guild.getSelfMember()).grant(botKeeps));
        rest.call("lock #" + channel.getName(),
                channel.upsertPermissionOverride(guild.getPublicRole()).deny(Permission.MESSAGE_SEND));
        return true;
    }

    private String text(Message message) {
        String text = message.getContentDisplay().strip();
        String files = message.getAttachments().stream().map(Message.Attachment::getFileName)
                .collect(Collectors.joining(", "));
        if (!files.isEmpty()) {
            text = (text + " [attached: " + files + "]").strip();
        }
        if (text.isEmpty()) {
            return bot.hasContentIntent() ? "(a message without text)"
                    : "(text not available: enable the Message Content intent)";
        }
        return text;
    }

    private TextChannel channel(RoomView room) throws DeliveryException {
        TextChannel channel = rest.client().getTextChannelById(room.channelId());
        if (channel == null) {
            throw DeliveryException.giveUp("the incident channel #" + room.channelName() + " (" + room.channelId()
                    + ") is gone or hidden from the bot");
        }
        return channel;
    }
}
