package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class RoleHandler extends IncidentChangeHandler<Command.AssignRole> {

    @Override
    public Class<Command.AssignRole> handles() {
        return Command.AssignRole.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.AssignRole command, CommandScope scope) {
        return ResponseRules.assign(scope.incident(), command.role(), command.user().resolve(scope.actor()),
                scope.actor(), scope.now());
    }

    @Override
    protected String unchanged(Command.AssignRole command, Incident incident) {
        return command.role().label() + " of " + incident.key() + " is already " + incident.roles.get(command.role())
                + ".";
    }
}
