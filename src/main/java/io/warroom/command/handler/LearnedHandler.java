package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class LearnedHandler extends IncidentChangeHandler<Command.Learned> {

    @Override
    public Class<Command.Learned> handles() {
        return Command.Learned.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.Learned command, CommandScope scope) {
        return ResponseRules.addLesson(scope.incident(), command.kind(), command.text(), scope.actor(), scope.now());
    }
}
