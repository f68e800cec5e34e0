package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code title <new title>}. Anyone responding may sharpen the title, as with the trigger and impact. The chat
 * channel keeps its name: links people already shared must keep working.
 */
@ApplicationScoped
class TitleHandler extends IncidentChangeHandler<Command.Retitle> {

    @Inject
    SimilarAfterChange similar;

    @Override
    public Class<Command.Retitle> handles() {
        return Command.Retitle.class;
    }

    @Override
    public Reply handle(Command.Retitle command, CommandScope scope) {
        return similar.refresh(scope.incident(), super.handle(command, scope));
    }

    @Override
    protected List<IncidentEvent> change(Command.Retitle command, CommandScope scope) {
        return ResponseRules.retitle(scope.incident(), command.title(), scope.now());
    }
}
