package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.PhaseMachine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class CloseHandler extends IncidentChangeHandler<Command.Close> {

    @Override
    public Class<Command.Close> handles() {
        return Command.Close.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.Close command, CommandScope scope) {
        return PhaseMachine.close(scope.incident(), scope.now());
    }
}
