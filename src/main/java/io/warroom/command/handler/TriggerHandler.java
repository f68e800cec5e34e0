package io.warroom.command.handler;

import io.warroom.command.Command;
import io.warroom.command.CommandScope;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.ResponseRules;
import io.warroom.incident.similar.SimilarIncidents;
import io.warroom.incident.similar.SimilarView;
import io.warroom.reply.SimilarText;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
class TriggerHandler extends IncidentChangeHandler<Command.Trigger> {

    @Inject
    SimilarIncidents similar;

    @Override
    public Class<Command.Trigger> handles() {
        return Command.Trigger.class;
    }

    @Override
    public Reply handle(Command.Trigger command, CommandScope scope) {
        Reply reply = super.handle(command, scope);
        // The trigger is matched on, so it may point at other earlier incidents; the trigger's entry refreshes the card.
        if (!similar.refresh(scope.incident())) {
            return reply;
        }
        List<SimilarView> found = similar.of(scope.incident().number);
        return found.isEmpty() ? reply
                : Reply.ok(reply.text() + "\n" + SimilarText.changed(found, scope.incident().language));
    }

    @Override
    protected List<IncidentEvent> change(Command.Trigger command, CommandScope scope) {
        return ResponseRules.setTrigger(scope.incident(), command.text(), scope.now());
    }
}
