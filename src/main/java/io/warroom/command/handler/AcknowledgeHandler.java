package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.PhaseMachine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class AcknowledgeHandler extends IncidentChangeHandler<Command.Acknowledge> {

    @Override
    public Class<Command.Acknowledge> handles() {
        return Command.Acknowledge.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.Acknowledge command, CommandScope scope) {
        return PhaseMachine.acknowledge(scope.incident(), scope.actor(), scope.now());
    }

    @Override
    protected String unchanged(Command.Acknowledge command, Incident incident) {
        return said(incident).alreadyAcknowledged(incident.key(), String.valueOf(incident.acknowledgedBy));
    }
}
