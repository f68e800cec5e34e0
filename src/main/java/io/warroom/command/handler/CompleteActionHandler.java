package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class CompleteActionHandler extends IncidentChangeHandler<Command.CompleteAction> {

    @Override
    public Class<Command.CompleteAction> handles() {
        return Command.CompleteAction.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.CompleteAction command, CommandScope scope) {
        return ResponseRules.completeAction(scope.incident(), command.number(), scope.now());
    }

    @Override
    protected String unchanged(Command.CompleteAction command, Incident incident) {
        return said(incident).actionAlreadyDone(command.number(), incident.key());
    }
}
