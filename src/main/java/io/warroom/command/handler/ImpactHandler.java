package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class ImpactHandler extends IncidentChangeHandler<Command.Impact> {

    @Override
    public Class<Command.Impact> handles() {
        return Command.Impact.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.Impact command, CommandScope scope) {
        return ResponseRules.setImpact(scope.incident(), command.text(), scope.now());
    }
}
