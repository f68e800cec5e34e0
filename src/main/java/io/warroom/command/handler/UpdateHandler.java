package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A status update for stakeholders; chat surfaces post it in the room and the announcement channel. */
@ApplicationScoped
class UpdateHandler extends IncidentChangeHandler<Command.Update> {

    @Override
    public Class<Command.Update> handles() {
        return Command.Update.class;
    }

    @Override
    protected List<IncidentEvent> change(Command.Update command, CommandScope scope) {
        return ResponseRules.postUpdate(scope.incident(), command.text(), scope.now());
    }

    @Override
    protected String said(Command.Update command, List<IncidentEvent> events) {
        return "Status update posted: " + command.text();
    }
}
