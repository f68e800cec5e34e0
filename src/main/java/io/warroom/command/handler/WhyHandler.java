package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class WhyHandler extends IncidentChangeHandler<Command.AddWhy> {

    @Override
    public Class<Command.AddWhy> handles() {
        return Command.AddWhy.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.AddWhy command, CommandScope scope) {
        return ResponseRules.addWhy(scope.incident(), command.text(), scope.actor(), scope.now());
    }
}
