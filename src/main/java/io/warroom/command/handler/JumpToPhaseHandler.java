package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.PhaseMachine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class JumpToPhaseHandler extends IncidentChangeHandler<Command.JumpToPhase> {

    @Override
    public Class<Command.JumpToPhase> handles() {
        return Command.JumpToPhase.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.JumpToPhase command, CommandScope scope) {
        return PhaseMachine.jump(scope.incident(), command.phase(), scope.actor(), scope.now());
    }
}
