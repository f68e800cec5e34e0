package io.warroom.discord;

import io.warroom.chat.ChannelPurpose;
import io.warroom.chat.ChatMessage;
import io.warroom.chat.Delivery;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.IncidentSnapshot.RoomView;
import io.warroom.postmortem.Postmortem;
import io.warroom.postmortem.PostmortemExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.jboss.logging.Logger;

/** Messages the outbox sends: in the incident channel, the announce and alert channels, and direct messages. */
@ApplicationScoped
class RoomPosts {

    private static final Logger LOG = Logger.getLogger(RoomPosts.class);

    @Inject
    DiscordRest rest;

    @Inject
    DiscordGuilds guilds;

    @Inject
    DiscordConfig config;

    @Inject
    DiscordMessages messages;

    @Inject
    PostmortemExporter postmortems;

    void inRoom(OutboxEnvelope envelope, ChatMessage message) throws DeliveryException {
        Optional<RoomView> room = IncidentChannels.room(envelope);
        if (room.isPresent()) {
            TextChannel channel = IncidentChannels.channel(rest.client(), room.get());
            rest.call("post in #" + channel.getName(), channel.sendMessage(messages.message(message, key(envelope))));
        }
    }

    void inChannel(OutboxEnvelope envelope, Delivery.PostToChannel post) throws DeliveryException {
        Optional<String> configured = post.purpose() == ChannelPurpose.ANNOUNCE ? config.announceChannel()
                : config.alertChannel();
        if (configured.isEmpty() || configured.get().isBlank()) {
            LOG.debugf("No Discord %s channel configured; message not posted", post.purpose());
            return;
        }
        JDA jda = rest.client();
        TextChannel channel = guilds.channel(jda, configured.get()).orElseThrow(() -> DeliveryException.giveUp(
                "DISCORD_" + post.purpose() + "_CHANNEL (" + configured.get() + ") is not a text channel the bot can "
                        + "see"));
        rest.call("post in #" + channel.getName(),
                channel.sendMessage(messages.message(post.message(), key(envelope))));
    }

    void direct(OutboxEnvelope envelope, Delivery.DirectMessage dm) throws DeliveryException {
        JDA jda = rest.client();
        var send = jda.openPrivateChannelById(dm.userId())
                .flatMap(channel -> channel.sendMessage(messages.message(dm.message(), key(envelope))));
        try {
            rest.call("message user " + dm.userId(), send);
        } catch (DeliveryException e) {
            throw e.retryable() ? e : DeliveryException.giveUp(e.getMessage()
                    + " (the user may not share a server with the bot or may not accept direct messages)");
        }
    }

    void invite(OutboxEnvelope envelope, List<String> userIds) throws DeliveryException {
        Optional<RoomView> room = IncidentChannels.room(envelope);
        if (room.isEmpty() || userIds.isEmpty()) {
            return;
        }
        TextChannel channel = IncidentChannels.channel(rest.client(), room.get());
        String people = userIds.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(" "));
        rest.call("call people into #" + channel.getName(), channel.sendMessage(messages.callPeople(userIds,
                people + " you are needed on " + envelope.incident().key() + ": " + envelope.incident().title())));
    }

    void postmortem(OutboxEnvelope envelope, Delivery.UploadPostmortem upload) throws DeliveryException {
        Optional<RoomView> room = IncidentChannels.room(envelope);
        if (room.isEmpty()) {
            return;
        }
        TextChannel channel = IncidentChannels.channel(rest.client(), room.get());
        Postmortem postmortem = postmortems.export(envelope.incident().number());
        rest.call("upload the postmortem to #" + channel.getName(), channel.sendMessage(messages.file(
                "📝 Postmortem of " + postmortem.incidentKey() + ", exported by " + upload.requestedBy(),
                postmortem.filename(), postmortem.markdown())));
    }

    private static String key(OutboxEnvelope envelope) {
        return envelope.incident() == null ? null : envelope.incident().key();
    }
}
