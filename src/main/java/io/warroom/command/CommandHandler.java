package io.warroom.command;

import io.warroom.reply.Reply;

/** Runs one kind of command inside the command's transaction. One class per subcommand. */
public interface CommandHandler<C extends Command> {

    Class<C> handles();

    Reply handle(C command, CommandScope scope);
}
