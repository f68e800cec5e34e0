package io.warroom.discord;

import io.warroom.chat.DeliveryException;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.IncidentSnapshot.RoomView;
import io.warroom.incident.Platform;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;

/** The incident's Discord channel, as recorded when it was opened. */
final class IncidentChannels {

    private IncidentChannels() {
    }

    static Optional<RoomView> room(OutboxEnvelope envelope) {
        if (envelope.incident() == null) {
            return Optional.empty();
        }
        return envelope.incident().rooms().stream().filter(r -> r.platform() == Platform.DISCORD).findFirst();
    }

    static TextChannel channel(JDA jda, RoomView room) throws DeliveryException {
        TextChannel channel = jda.getTextChannelById(room.channelId());
        if (channel == null) {
            throw DeliveryException.giveUp("the incident channel #" + room.channelName() + " (" + room.channelId()
                    + ") is gone or hidden from the bot");
        }
        return channel;
    }
}
