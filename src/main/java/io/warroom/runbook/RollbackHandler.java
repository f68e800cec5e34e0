package io.warroom.runbook;

import io.warroom.i18n.Bundles;
import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rollback} (the card's Rollback button) is {@code run rollback} for the incident's service when its runbook
 * has one: it shows exactly what will run and asks to confirm. Without one, confirming records a rollback request on
 * the timeline for whoever rolls back by hand.
 */
@ApplicationScoped
class RollbackHandler implements CommandHandler<Command.Rollback> {

    @Inject
    RunRequests runs;

    @Inject
    Timeline timeline;

    @Override
    public Class<Command.Rollback> handles() {
        return Command.Rollback.class;
    }

    @Override
    public Reply handle(Command.Rollback command, CommandScope scope) {
        Incident incident = scope.incident();
        incident.requireOpen("rolling back");
        Optional<RunbookAction> rollback = runs.rollbackOf(incident);
        if (rollback.isPresent()) {
            // Typed or clicked, only the confirmation's `run confirm <run> <code>` starts it: the plan is shown first.
            return runs.request(incident, scope.actor(), scope.context().adminCredential(), rollback.get().service(),
                    RunbookAction.ROLLBACK, Map.of(), scope.now());
        }
        RunbookMessages said = Bundles.in(RunbookMessages.class, incident.language);
        String target = incident.service == null ? said.lastChange() : said.lastChangeTo(incident.service);
        if (!command.confirmed()) {
            return Reply.ok(said.rollbackAsk(target)).withConfirmation(new Reply.Confirmation(
                    said.rollbackTitle(incident.key()),
                    said.rollbackByHand(incident.service == null ? said.thisIncident() : incident.service, target),
                    said.rollbackButton(), "rollback confirm"));
        }
        timeline.record(incident, scope.actor(), new IncidentEvent(TimelineKind.RUNBOOK,
                said.rollbackRequestedEntry(target, scope.actor().toString())));
        return Reply.ok(said.rollbackRequested(target));
    }
}
