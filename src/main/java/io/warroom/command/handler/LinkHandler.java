package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class LinkHandler extends IncidentChangeHandler<Command.AddLink> {

    @Override
    public Class<Command.AddLink> handles() {
        return Command.AddLink.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.AddLink command, CommandScope scope) {
        return ResponseRules.addLink(scope.incident(), command.url(), command.label(), scope.now());
    }
}
