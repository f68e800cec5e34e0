package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandRefusedException;
import io.warroom.command.CommandScope;
import io.warroom.command.CommanderRights;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.Person;
import io.warroom.incident.ResponseRules;
import io.warroom.incident.Role;
import io.warroom.incident.ServiceChanged;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * {@code service <name>} or {@code service none}. The service decides whose on-call may hand out roles and which
 * runbook actions {@code run} and {@code rollback} offer by default, so once there is a commander only they or an
 * admin may change it; before that anyone may, as anyone may name it when opening.
 */
@ApplicationScoped
class ServiceHandler extends IncidentChangeHandler<Command.SetService> {

    @Inject
    SimilarAfterChange similar;

    @Inject
    CommanderRights rights;

    @Inject
    Event<ServiceChanged> changed;

    @Override
    public Class<Command.SetService> handles() {
        return Command.SetService.class;
    }

    @Override
    public Reply handle(Command.SetService command, CommandScope scope) {
        Incident incident = scope.incident();
        incident.requireNotClosed();
        Optional<Person> commander = incident.role(Role.COMMANDER);
        if (commander.isPresent() && !rights.isCommanderOrAdmin(scope)) {
            throw new CommandRefusedException(said(incident).onlyCommanderChangesService(
                    commander.get().toString(), incident.key()));
        }
        Reply reply = super.handle(command, scope);
        changed.fire(new ServiceChanged(incident));
        return similar.refresh(incident, reply);
    }

    @Override
    protected List<IncidentEvent> change(Command.SetService command, CommandScope scope) {
        return ResponseRules.setService(scope.incident(), command.service(), scope.now());
    }
}
