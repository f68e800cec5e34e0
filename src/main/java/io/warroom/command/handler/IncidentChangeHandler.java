package io.warroom.command.handler;

import io.warroom.i18n.Bundles;
import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import jakarta.inject.Inject;
import java.util.List;

/** A command that changes the incident: apply a rule, write what happened on the timeline, say it back. */
abstract class IncidentChangeHandler<C extends Command> implements CommandHandler<C> {

    @Inject
    IncidentService incidents;

    @Override
    public Reply handle(C command, CommandScope scope) {
        List<IncidentEvent> events = change(command, scope);
        incidents.apply(scope.incident(), scope.actor(), events);
        return events.isEmpty() ? Reply.ok(unchanged(command, scope.incident())) : Reply.ok(said(command, events));
    }

    protected abstract List<IncidentEvent> change(C command, CommandScope scope);

    /** What to answer when the command asked for what already was. */
    protected String unchanged(C command, Incident incident) {
        return said(incident).nothingToChange(incident.key());
    }

    /** The answers in the incident's language. */
    protected static ReplyMessages said(Incident incident) {
        return Bundles.in(ReplyMessages.class, incident.language);
    }

    /** What to answer once the change is made; by default, what went on the timeline. */
    protected String said(C command, List<IncidentEvent> events) {
        return String.join("\n", events.stream().map(IncidentEvent::text).toList());
    }
}
