package io.warroom.runbook;

import io.warroom.incident.Incident;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** {@code run} alone: a service's runbook actions, what each takes, and a button for each that needs no parameters. */
@ApplicationScoped
class RunbookListing {

    @Inject
    RunRequests requests;

    @Inject
    RunbookCatalog catalog;

    /** The actions of a service, with a button for each that needs no parameters. */
    Reply list(Incident incident, String serviceName) {
        RunbookMessages said = RunRequests.said(incident);
        requests.requireConfigured(said);
        String service = RunRequests.serviceOf(incident, serviceName);
        Runbooks runbooks = catalog.current();
        List<RunbookAction> actions = runbooks.actions(service);
        if (actions.isEmpty()) {
            return RunRequests.noRunbook(service, runbooks, said);
        }
        StringBuilder text = new StringBuilder(said.listingHeading(actions.get(0).service()));
        for (RunbookAction action : actions) {
            text.append("\n• `run ").append(action.name()).append(serviceName == null ? "" : " " + service);
            action.parameters().values().forEach(p -> text.append(" ").append(p.name()).append("=…"));
            text.append("` (").append(action.kind()).append(")")
                    .append(action.description() == null ? "" : ": " + action.description());
            if (!action.parameters().isEmpty()) {
                text.append("; ").append(RunPlanner.takes(action, said));
            }
            if (action.needsApproval()) {
                text.append(said.listingNeedsApproval());
            }
        }
        List<Reply.Button> buttons = actions.stream().filter(a -> a.parameters().values().stream()
                .noneMatch(Parameter::required)).limit(5).map(a -> new Reply.Button(said.listingButton(a.name()), "run "
                        + a.name() + " " + a.service(), a.name().equals(RunbookAction.ROLLBACK)
                        ? Reply.ButtonStyle.DANGER : Reply.ButtonStyle.DEFAULT)).toList();
        return Reply.ok(text.toString()).withButtons(buttons);
    }
}
