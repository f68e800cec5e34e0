package io.warroom.runbook;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code run confirm <run> <code>}: what a confirmation's button sends. */
@ApplicationScoped
class ConfirmRunHandler implements CommandHandler<Command.ConfirmRun> {

    @Inject
    RunRequests runs;

    @Override
    public Class<Command.ConfirmRun> handles() {
        return Command.ConfirmRun.class;
    }

    @Override
    public Reply handle(Command.ConfirmRun command, CommandScope scope) {
        return runs.confirm(scope.incident(), scope.actor(), scope.context().adminCredential(), command.runId(),
                command.code(), scope.now());
    }
}
