package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class TriggerHandler extends IncidentChangeHandler<Command.Trigger> {

    @Override
    public Class<Command.Trigger> handles() {
        return Command.Trigger.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.Trigger command, CommandScope scope) {
        return ResponseRules.setTrigger(scope.incident(), command.text(), scope.now());
    }
}
