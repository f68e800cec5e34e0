package io.warroom.discord;

import io.warroom.chat.DeliveryException;
import io.warroom.chat.Delivery;
import io.warroom.chat.IncidentCard;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.chat.RoomNames;
import io.warroom.chat.RoomOpening;
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
 * Opens an incident's Discord channel: {@code inc-42-checkout-5xx-spike} in the incident category, then the steps of
 * {@link RoomOpening} (topic, the people who opened it called in, a link back where it was opened, the card posted
 * and pinned). Safe to deliver again: an incident keeps the channel it has (or the one of its name, after a crash
 * between creating and recording it), and each step is done once.
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
    RoomOpening opening;

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
        TextChannel channel;
        long roomId;
        if (existing.isPresent()) {
            channel = IncidentChannels.channel(jda, existing.get());
            roomId = existing.get().id();
        } else {
            channel = create(jda, request, card);
            roomId = rooms.attach(card.incident().number(), Platform.DISCORD, channel.getId(), channel.getName(),
                    channel.getJumpUrl()).id;
        }
        opening.continueOpening(roomId, new RoomOpening.Steps() {
            @Override
            public void setTopic() {
                cards.topic(channel, card.topic());
            }

            @Override
            public void invite() throws DeliveryException {
                callPeopleIn(channel, request, card);
            }

            @Override
            public void linkBack() throws DeliveryException {
                RoomOpener.this.linkBack(jda, request.originChannelId(), channel, card);
            }

            @Override
            public String postCard() throws DeliveryException {
                return cards.send(channel, card);
            }

            @Override
            public void pinCard(String messageId) throws DeliveryException {
                cards.pin(channel, messageId, card);
            }
        });
    }

    private TextChannel create(JDA jda, Delivery.OpenRoom request, IncidentCard card) throws DeliveryException {
        Guild guild = guilds.forRoom(jda, request.originChannelId());
        Category category = guilds.category(guild, config.incidentCategory());
        String name = RoomNames.of(config.channelPrefix(), card.incident().number(), card.incident().title(),
                DiscordText.CHANNEL_NAME);
        Optional<TextChannel> named = category.getTextChannels().stream()
                .filter(c -> c.getName().equalsIgnoreCase(name)).findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        return rest.call("create channel #" + name, category.createTextChannel(name)
                .setTopic(DiscordText.clip(card.topic(), DiscordText.TOPIC)));
    }

    private void callPeopleIn(TextChannel channel, Delivery.OpenRoom request, IncidentCard card)
            throws DeliveryException {
        if (request.inviteUserIds().isEmpty()) {
            return;
        }
        String people = request.inviteUserIds().stream().map(id -> "<@" + id + ">").collect(Collectors.joining(" "));
        rest.call("call people into #" + channel.getName(), channel.sendMessage(messages.callPeople(
                request.inviteUserIds(), people + " you opened " + card.incident().key()
                        + "; this channel is its room.")));
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
