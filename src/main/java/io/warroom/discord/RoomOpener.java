package io.warroom.discord;

import io.warroom.chat.DeliveryException;
import io.warroom.chat.Delivery;
import io.warroom.chat.IncidentCard;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.chat.RoomNames;
import io.warroom.incident.ChatRoom;
import io.warroom.incident.ChatRooms;
import io.warroom.incident.IncidentSnapshot.RoomView;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;

/**
 * Opens an incident's Discord channel: {@code inc-42-checkout-5xx-spike} in the incident category, its topic, the
 * card posted and pinned, the people who opened it called in, and a link back where it was opened. Safe to run
 * twice: an incident keeps the channel it has (or the one of its name, after a crash mid-way).
 */
@ApplicationScoped
class RoomOpener {

    @Inject
    DiscordRest rest;

    @Inject
    DiscordGuilds guilds;

    @Inject
    DiscordConfig config;

    @Inject
    ChatRooms rooms;

    @Inject
    CardPoster cards;

    @Inject
    DiscordMessages messages;

    void open(OutboxEnvelope envelope, Delivery.OpenRoom request) throws DeliveryException {
        IncidentCard card = envelope.card();
        if (card == null) {
            throw DeliveryException.giveUp("the incident is gone");
        }
        JDA jda = rest.client();
        Optional<RoomView> existing = IncidentChannels.room(envelope);
        if (existing.isPresent()) {
            if (existing.get().cardMessageId() == null) {
                cards.post(IncidentChannels.channel(jda, existing.get()), existing.get().id(), card);
            }
            return;
        }
        Guild guild = guilds.forRoom(jda, request.originChannelId());
        Category category = guilds.category(guild, config.incidentCategory());
        String name = RoomNames.of(config.channelPrefix(), card.incident().number(), card.incident().title(),
                DiscordText.CHANNEL_NAME);
        TextChannel channel = category.getTextChannels().stream()
                .filter(c -> c.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
        if (channel == null) {
            channel = rest.call("create channel #" + name, category.createTextChannel(name)
                    .setTopic(DiscordText.clip(card.topic(), DiscordText.TOPIC)));
        }
        ChatRoom room = rooms.attach(card.incident().number(), Platform.DISCORD, channel.getId(), channel.getName(),
                channel.getJumpUrl());
        cards.post(channel, room.id, card);
        if (!request.inviteUserIds().isEmpty()) {
            String people = request.inviteUserIds().stream().map(id -> "<@" + id + ">")
                    .collect(Collectors.joining(" "));
            rest.call("call people into #" + name, channel.sendMessage(messages.text(
                    people + " you opened " + card.incident().key() + "; this channel is its room.")));
        }
        linkBack(jda, request.originChannelId(), channel, card);
    }

    private void linkBack(JDA jda, String originChannelId, TextChannel room, IncidentCard card)
            throws DeliveryException {
        if (originChannelId == null || originChannelId.equals(room.getId())) {
            return;
        }
        GuildMessageChannel origin = jda.getChannelById(GuildMessageChannel.class, originChannelId);
        if (origin == null) {
            return;
        }
        rest.call("link " + card.incident().key() + " from #" + origin.getName(), origin.sendMessage(messages.text(
                "🚨 " + card.headline() + ": follow it in " + room.getAsMention())));
    }
}
