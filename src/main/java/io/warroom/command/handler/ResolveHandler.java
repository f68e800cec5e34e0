package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.PhaseMachine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class ResolveHandler extends IncidentChangeHandler<Command.Resolve> {

    @Override
    public Class<Command.Resolve> handles() {
        return Command.Resolve.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.Resolve command, CommandScope scope) {
        return PhaseMachine.resolve(scope.incident(), command.summary(), scope.actor(), scope.now());
    }
}
