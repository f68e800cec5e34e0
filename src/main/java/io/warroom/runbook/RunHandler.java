package io.warroom.runbook;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code run} lists a service's actions; {@code run <action> …} asks to confirm one. */
@ApplicationScoped
class RunHandler implements CommandHandler<Command.Run> {

    @Inject
    RunRequests runs;

    @Inject
    RunbookListing listing;

    @Override
    public Class<Command.Run> handles() {
        return Command.Run.class;
    }

    @Override
    public Reply handle(Command.Run command, CommandScope scope) {
        if (command.action() == null) {
            return listing.list(scope.incident(), command.service());
        }
        return runs.request(scope.incident(), scope.actor(), scope.context().adminCredential(), command.service(),
                command.action(), command.parameters(), scope.now());
    }
}
