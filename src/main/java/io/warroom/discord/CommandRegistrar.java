package io.warroom.discord;

import io.warroom.chat.NetworkFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.jboss.logging.Logger;

/**
 * Registers exactly the commands of bot-manifests/discord-commands.json once connected, as commands of the server
 * Warroom serves (DISCORD_GUILD_ID, else the bot's only server), never globally: other servers the bot is added to
 * get no /incident. Registering replaces what was there, so a removed subcommand disappears.
 */
@ApplicationScoped
class CommandRegistrar {

    private static final Logger LOG = Logger.getLogger(CommandRegistrar.class);

    @Inject
    DiscordGuilds guilds;

    private final CommandManifest manifest = CommandManifest.load();

    void register(JDA jda) {
        List<CommandData> commands = manifest.commands();
        Optional<String> home = guilds.homeId(jda);
        if (home.isEmpty()) {
            LOG.errorf("Slash commands not registered: the bot is in %d servers and DISCORD_GUILD_ID is not set. Set "
                    + "it to the server Warroom serves (docs/discord.md).", jda.getGuilds().size());
            return;
        }
        Guild guild = jda.getGuildById(home.get());
        if (guild == null) {
            LOG.errorf("Slash commands not registered: the bot is not in the server DISCORD_GUILD_ID names (%s). "
                    + "Invite it with the URL in docs/discord.md.", home.get());
            return;
        }
        guild.updateCommands().addCommands(commands).queue(
                done -> LOG.infof("Discord slash commands registered on %s: %s", guild.getName(), names(commands)),
                error -> LOG.errorf("Discord refused the slash commands for %s: %s", guild.getName(),
                        NetworkFailures.describe(error)));
    }

    private static String names(List<CommandData> commands) {
        return String.join(", ", commands.stream().map(c -> "/" + c.getName()).toList());
    }
}
