package io.warroom.discord;

import io.warroom.command.CommandContext;
import io.warroom.command.CommandExecutor;
import io.warroom.command.CommandQueue;
import io.warroom.command.ParsedCommand;
import io.warroom.reply.Reply;
import io.warroom.command.UsageException;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** Runs what someone did on Discord through the one grammar and executor, in the channel it was done in. */
@ApplicationScoped
class CommandRunner {

    @Inject
    CommandExecutor executor;

    @Inject
    CommandQueue queue;

    Reply typed(Supplier<ParsedCommand> parse, Person actor, String channelId) {
        try {
            ParsedCommand parsed = parse.get();
            return queue.answer("Discord", () -> executor.execute(parsed, context(actor, channelId)));
        } catch (UsageException e) {
            return executor.usage(e, context(actor, channelId));
        }
    }

    Reply text(String commandLine, Person actor, String channelId) {
        return queue.answer("Discord", () -> executor.execute(commandLine, context(actor, channelId)));
    }

    private static CommandContext context(Person actor, String channelId) {
        return CommandContext.inRoom(actor, Platform.DISCORD, channelId);
    }
}
