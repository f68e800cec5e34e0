package io.warroom.runbook;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code run approve <run>}: what the Approve button of a run waiting for approval sends. */
@ApplicationScoped
class ApproveRunHandler implements CommandHandler<Command.ApproveRun> {

    @Inject
    RunApprovals approvals;

    @Override
    public Class<Command.ApproveRun> handles() {
        return Command.ApproveRun.class;
    }

    @Override
    public Reply handle(Command.ApproveRun command, CommandScope scope) {
        return approvals.approve(scope.incident(), scope.actor(), scope.context().adminCredential(),
                scope.context().apiToken(), command.runId(), scope.now());
    }
}
