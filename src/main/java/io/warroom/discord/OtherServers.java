package io.warroom.discord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import org.jboss.logging.Logger;

/**
 * Warroom serves one Discord server: DISCORD_GUILD_ID, else the only server the bot is in. Commands, clicks, forms and
 * reactions from any other server (the bot added to a second one, or the app installed by someone for themselves)
 * are ignored, with one log line per server rather than one per event.
 */
@ApplicationScoped
class OtherServers {

    private static final Logger LOG = Logger.getLogger(OtherServers.class);

    @Inject
    DiscordGuilds guilds;

    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /**
     * Whether an interaction is Warroom's to handle: from its server or a direct message with the bot, not from a
     * conversation between other people where someone installed the app for themselves.
     */
    boolean serves(Interaction interaction, String what) {
        if (interaction.getContext() == InteractionContextType.PRIVATE_CHANNEL) {
            if (reported.add("private channels")) {
                LOG.warnf("Ignoring Discord %s from private conversations the bot is not part of (the app installed by "
                        + "a user). This is logged once.", what);
            }
            return false;
        }
        return serves(interaction.getJDA(), interaction.getGuild(), what);
    }

    /** Whether an event from this server is Warroom's to handle; null is a direct message with the bot. */
    boolean serves(JDA jda, Guild guild, String what) {
        if (guild == null) {
            return true;
        }
        Optional<String> home = guilds.homeId(jda);
        if (home.isPresent() && home.get().equals(guild.getId())) {
            return true;
        }
        if (reported.add(guild.getId())) {
            LOG.warnf("Ignoring Discord %s from server %s: Warroom serves %s only. This is logged once per server.",
                    what, guild.getId(), home.map(id -> "server " + id)
                            .orElse("the server DISCORD_GUILD_ID names (set it: the bot is in several servers)"));
        }
        return false;
    }
}
