package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class AddActionHandler extends IncidentChangeHandler<Command.AddAction> {

    @Override
    public Class<Command.AddAction> handles() {
        return Command.AddAction.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.AddAction command, CommandScope scope) {
        return ResponseRules.addAction(scope.incident(), command.text(),
                command.owner() == null ? null : command.owner().resolve(scope.actor()), command.due(),
                command.trackerUrl(), scope.actor(), scope.now());
    }
}
