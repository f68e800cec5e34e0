package io.warroom.discord;

import io.warroom.reply.Reply;
import io.warroom.incident.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.IMentionable;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.jboss.logging.Logger;

/**
 * {@code /incident …}: acknowledged at once (Discord allows 3 seconds), run through the grammar, then answered to
 * the person who typed it. The room hears about changes from the outbox, whoever made them and wherever.
 */
@ApplicationScoped
class SlashCommands {

    private static final Logger LOG = Logger.getLogger(SlashCommands.class);
    static final String COMMAND = "incident";

    @Inject
    CommandRunner runner;

    @Inject
    DiscordMessages messages;

    @Inject
    DiscordWork work;

    void handle(SlashCommandInteractionEvent event) {
        if (!event.getName().equals(COMMAND) || event.getSubcommandName() == null) {
            return;
        }
        String subcommand = event.getSubcommandName();
        List<TypedOption> options = options(event.getOptions());
        Person actor = DiscordActors.of(event.getMember(), event.getUser());
        String channelId = event.getChannelId();
        // Only the client that acknowledged the command runs it, so it runs once even with two instances connected.
        event.deferReply(true).queue(hook -> work.run("/incident " + subcommand, () -> {
            Reply reply = runner.typed(() -> TypedCommand.parse(subcommand, options), actor, channelId);
            hook.editOriginal(messages.reply(reply)).queue(null, DiscordErrors.warnIn(LOG,
                    "Answer to /incident " + subcommand));
        }), DiscordErrors.warnIn(LOG, "Acknowledging /incident " + subcommand + " from " + actor));
    }

    private static List<TypedOption> options(List<OptionMapping> mappings) {
        List<TypedOption> options = new ArrayList<>();
        for (OptionMapping option : mappings) {
            options.add(switch (option.getType()) {
                case BOOLEAN -> TypedOption.flag(option.getName(), option.getAsBoolean());
                case USER -> TypedOption.of(option.getName(), DiscordActors.mention(option.getAsMember(),
                        option.getAsUser()));
                case ROLE -> TypedOption.of(option.getName(), "@" + option.getAsRole().getName());
                case CHANNEL -> TypedOption.of(option.getName(), option.getAsChannel().getAsMention());
                case MENTIONABLE -> TypedOption.of(option.getName(), mentionable(option.getAsMentionable()));
                case ATTACHMENT -> TypedOption.of(option.getName(), option.getAsAttachment().getUrl());
                default -> TypedOption.of(option.getName(), option.getAsString());
            });
        }
        return options;
    }

    private static String mentionable(IMentionable mentionable) {
        if (mentionable instanceof Member member) {
            return DiscordActors.mention(member, member.getUser());
        }
        if (mentionable instanceof User user) {
            return DiscordActors.mention(null, user);
        }
        if (mentionable instanceof Role role) {
            return "@" + role.getName();
        }
        return mentionable.getAsMention();
    }
}
