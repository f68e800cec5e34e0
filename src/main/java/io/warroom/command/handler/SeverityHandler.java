package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class SeverityHandler extends IncidentChangeHandler<Command.SetSeverity> {

    @Override
    public Class<Command.SetSeverity> handles() {
        return Command.SetSeverity.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.SetSeverity command, CommandScope scope) {
        return ResponseRules.setSeverity(scope.incident(), command.severity(), scope.actor(), scope.now());
    }

    @Override
    protected String unchanged(Command.SetSeverity command, Incident incident) {
        return said(incident).severityAlready(incident.key(), incident.severity.label());
    }
}
