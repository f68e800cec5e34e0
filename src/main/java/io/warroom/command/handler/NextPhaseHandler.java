package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.PhaseMachine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class NextPhaseHandler extends IncidentChangeHandler<Command.NextPhase> {

    @Override
    public Class<Command.NextPhase> handles() {
        return Command.NextPhase.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.NextPhase command, CommandScope scope) {
        return PhaseMachine.advance(scope.incident(), scope.actor(), scope.now());
    }
}
