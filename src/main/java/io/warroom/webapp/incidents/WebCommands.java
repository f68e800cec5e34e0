package io.warroom.webapp.incidents;

import io.warroom.command.CommandContext;
import io.warroom.command.CommandExecutor;
import io.warroom.command.CommandQueue;
import io.warroom.command.ParsedCommand;
import io.warroom.command.UsageException;
import io.warroom.reply.Reply;
import io.warroom.webapp.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs a command from the web page in the line every surface waits in, as the signed-in account: an admin account
 * passes rights checks as an admin, any other has the rights configuration gives its user name.
 */
@RequestScoped
public class WebCommands {

    @Inject
    CommandQueue queue;

    @Inject
    CommandExecutor executor;

    @Inject
    CurrentUser currentUser;

    public Reply run(Supplier<ParsedCommand> parse) {
        // The command thread has a request context of its own, so who is acting is read here.
        CommandContext context = CommandContext.web(currentUser.person(), currentUser.admin());
        ParsedCommand command;
        try {
            command = parse.get();
        } catch (UsageException e) {
            return executor.usage(e, context);
        }
        return queue.answer("web", () -> executor.execute(command, context));
    }

    /** The HTTP status of a page that shows this reply. */
    static int status(Reply reply) {
        return switch (reply.outcome()) {
            case OK -> 200;
            case USAGE -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case REFUSED -> 403;
            case FAILED -> 500;
        };
    }
}
