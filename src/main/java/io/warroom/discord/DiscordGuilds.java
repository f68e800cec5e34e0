package io.warroom.discord;

import io.warroom.chat.DeliveryException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;

/** Finds the server, categories and channels Warroom works with. */
@ApplicationScoped
class DiscordGuilds {

    @Inject
    DiscordConfig config;

    @Inject
    DiscordRest rest;

    /** The server incident channels go to: the one a command came from, else the configured or only one. */
    Guild forRoom(JDA jda, String originChannelId) throws DeliveryException {
        if (originChannelId != null) {
            GuildChannel origin = jda.getGuildChannelById(originChannelId);
            if (origin != null) {
                return origin.getGuild();
            }
        }
        return home(jda);
    }

    /** The id of the server Warroom serves: DISCORD_GUILD_ID, else the only server the bot is in. */
    Optional<String> homeId(JDA jda) {
        if (config.guildId().filter(id -> !id.isBlank()).isPresent()) {
            return Optional.of(config.guildId().get().strip());
        }
        List<Guild> all = jda.getGuilds();
        return all.size() == 1 ? Optional.of(all.get(0).getId()) : Optional.empty();
    }

    Guild home(JDA jda) throws DeliveryException {
        if (config.guildId().isPresent()) {
            Guild guild = jda.getGuildById(config.guildId().get().strip());
            if (guild == null) {
                throw DeliveryException.giveUp("the bot is not in the server DISCORD_GUILD_ID names ("
                        + config.guildId().get() + "); invite it with the URL in docs/discord.md");
            }
            return guild;
        }
        List<Guild> guilds = jda.getGuilds();
        if (guilds.size() == 1) {
            return guilds.get(0);
        }
        throw DeliveryException.giveUp(guilds.isEmpty()
                ? "the bot is in no server yet; invite it with the URL in docs/discord.md"
                : "the bot is in " + guilds.size() + " servers: set DISCORD_GUILD_ID to the one for incident channels");
    }

    /** The category of that name (any case), created when missing; one creation at a time so none is doubled. */
    synchronized Category category(Guild guild, String name) throws DeliveryException {
        List<Category> existing = guild.getCategoriesByName(name, true);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        return rest.call("create category " + name, guild.createCategory(name));
    }

    /** A channel named by id or by name ({@code #announcements} or {@code announcements}). */
    Optional<TextChannel> channel(JDA jda, String idOrName) throws DeliveryException {
        String wanted = idOrName.strip();
        if (wanted.matches("\\d{5,20}")) {
            return Optional.ofNullable(jda.getTextChannelById(wanted));
        }
        String name = wanted.startsWith("#") ? wanted.substring(1) : wanted;
        return home(jda).getTextChannelsByName(name, true).stream().findFirst();
    }
}
