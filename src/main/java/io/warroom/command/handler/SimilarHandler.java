package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.similar.SimilarIncidents;
import io.warroom.reply.Reply;
import io.warroom.reply.SimilarText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Searches again (past incidents may have found their root cause since) and lists what it found. */
@ApplicationScoped
class SimilarHandler implements CommandHandler<Command.Similar> {

    @Inject
    SimilarIncidents similar;

    @Inject
    WarroomConfig config;

    @Override
    public Class<Command.Similar> handles() {
        return Command.Similar.class;
    }

    @Override
    public Reply handle(Command.Similar command, CommandScope scope) {
        similar.refresh(scope.incident());
        return Reply.ok(SimilarText.reply(scope.incident().key(), similar.of(scope.incident().number),
                config.timeZone(), config.publicUrl()));
    }
}
