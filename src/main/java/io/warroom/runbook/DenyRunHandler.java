package io.warroom.runbook;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code run deny <run> [reason]}: what the Deny button sends, with the reason its prompt asked for. */
@ApplicationScoped
class DenyRunHandler implements CommandHandler<Command.DenyRun> {

    @Inject
    RunApprovals approvals;

    @Override
    public Class<Command.DenyRun> handles() {
        return Command.DenyRun.class;
    }

    @Override
    public Reply handle(Command.DenyRun command, CommandScope scope) {
        return approvals.deny(scope.incident(), scope.actor(), scope.context().adminCredential(), command.runId(),
                command.reason(), scope.now());
    }
}
