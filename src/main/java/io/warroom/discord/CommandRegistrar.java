package io.warroom.discord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.jboss.logging.Logger;

/**
 * Registers exactly the commands of bot-manifests/discord-commands.json once connected: on the configured server
 * (available at once) or globally. Registering replaces what was there, so a removed subcommand disappears.
 */
@ApplicationScoped
class CommandRegistrar {

    private static final Logger LOG = Logger.getLogger(CommandRegistrar.class);

    @Inject
    DiscordConfig config;

    private final CommandManifest manifest = CommandManifest.load();

    void register(JDA jda) {
        List<CommandData> commands = manifest.commands();
        if (config.guildId().isPresent()) {
            Guild guild = jda.getGuildById(config.guildId().get().strip());
            if (guild == null) {
                LOG.errorf("Slash commands not registered: the bot is not in the server DISCORD_GUILD_ID names (%s). "
                        + "Invite it with the URL in README.", config.guildId().get());
                return;
            }
            guild.updateCommands().addCommands(commands).queue(
                    done -> LOG.infof("Discord slash commands registered on %s: %s", guild.getName(), names(commands)),
                    error -> LOG.errorf("Discord refused the slash commands for %s: %s", guild.getName(),
                            DiscordErrors.describe(error)));
        } else {
            jda.updateCommands().addCommands(commands).queue(
                    done -> LOG.infof("Discord slash commands registered globally: %s", names(commands)),
                    error -> LOG.errorf("Discord refused the slash commands: %s", DiscordErrors.describe(error)));
        }
    }

    private static String names(List<CommandData> commands) {
        return String.join(", ", commands.stream().map(c -> "/" + c.getName()).toList());
    }
}
