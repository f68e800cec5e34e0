package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class CheckHandler extends IncidentChangeHandler<Command.Check> {

    @Override
    public Class<Command.Check> handles() {
        return Command.Check.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.Check command, CommandScope scope) {
        Incident incident = scope.incident();
        return ResponseRules.tick(incident, command.phase() == null ? incident.phase : command.phase(),
                command.position(), command.done(), scope.actor(), scope.now());
    }

    @Override
    protected String unchanged(Command.Check command, Incident incident) {
        return command.done() ? said(incident).alreadyChecked() : said(incident).alreadyUnchecked();
    }
}
