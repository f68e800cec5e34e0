package io.warroom.discord;

import io.warroom.command.CommandContext;
import io.warroom.command.CommandExecutor;
import io.warroom.command.ParsedCommand;
import io.warroom.command.Reply;
import io.warroom.command.UsageException;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Runs what someone did on Discord through the one grammar and executor, in the channel it was done in. */
@ApplicationScoped
class CommandRunner {

    private static final Logger LOG = Logger.getLogger(CommandRunner.class);

    @Inject
    CommandExecutor executor;

    Reply typed(Supplier<ParsedCommand> parse, Person actor, String channelId) {
        try {
            ParsedCommand parsed = parse.get();
            return safely(() -> executor.execute(parsed, context(actor, channelId)));
        } catch (UsageException e) {
            return CommandExecutor.usage(e);
        }
    }

    Reply text(String commandLine, Person actor, String channelId) {
        return safely(() -> executor.execute(commandLine, context(actor, channelId)));
    }

    private static CommandContext context(Person actor, String channelId) {
        return CommandContext.inRoom(actor, Platform.DISCORD, channelId);
    }

    private static Reply safely(Supplier<Reply> run) {
        try {
            return run.get();
        } catch (RuntimeException e) {
            LOG.error("Command from Discord failed", e);
            return Reply.error(Reply.Outcome.FAILED, "Warroom could not run that; nothing was changed. "
                    + "The server log has the details.");
        }
    }
}
