package io.warroom.discord;

import io.warroom.chat.DeliveryException;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.ChatRooms;
import io.warroom.incident.IncidentSnapshot.RoomView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.jboss.logging.Logger;

/**
 * Archives a closed incident's channel the Discord way: it moves to the archive category, keeps its history and
 * card, and becomes read-only (nobody but the bot may post). Without Manage Permissions it is moved but not locked.
 */
@ApplicationScoped
class RoomArchiver {

    private static final Logger LOG = Logger.getLogger(RoomArchiver.class);

    @Inject
    DiscordRest rest;

    @Inject
    DiscordGuilds guilds;

    @Inject
    DiscordConfig config;

    @Inject
    DiscordMessages messages;

    @Inject
    CardPoster cards;

    @Inject
    ChatRooms rooms;

    void archive(OutboxEnvelope envelope) throws DeliveryException {
        Optional<RoomView> room = IncidentChannels.room(envelope);
        if (room.isEmpty()) {
            return;
        }
        TextChannel channel = IncidentChannels.channel(rest.client(), room.get());
        Guild guild = channel.getGuild();
        Category archive = guilds.category(guild, config.archiveCategory());
        if (!archive.equals(channel.getParentCategory())) {
            rest.call("move #" + channel.getName() + " to " + archive.getName(),
                    channel.getManager().setParent(archive));
        }
        boolean locked = lock(channel, guild);
        rest.call("say #" + channel.getName() + " is archived", channel.sendMessage(messages.text(
                "🗄️ " + envelope.incident().key() + " is closed; this channel is archived"
                        + (locked ? " and read-only." : "."))));
        if (envelope.card() != null) {
            cards.topic(channel, "Closed · " + envelope.card().topic());
        }
        rooms.markArchived(room.get().id());
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
}
