package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.PhaseMachine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class BackHandler extends IncidentChangeHandler<Command.Back> {

    @Override
    public Class<Command.Back> handles() {
        return Command.Back.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.Back command, CommandScope scope) {
        return PhaseMachine.back(scope.incident(), command.reason(), scope.now());
    }
}
