package io.warroom.tracker;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.incident.ActionItem;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentRuleException;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** {@code action file <n>}: queues the action item for the tracker; the link is written back once it is filed. */
@ApplicationScoped
class FileActionHandler implements CommandHandler<Command.FileAction> {

    @Inject
    Trackers trackers;

    @Inject
    TrackerFilings filings;

    @Override
    public Class<Command.FileAction> handles() {
        return Command.FileAction.class;
    }

    @Override
    public Reply handle(Command.FileAction command, CommandScope scope) {
        if (!trackers.configured()) {
            return Reply.error(Reply.Outcome.NOT_FOUND, "No tracker is configured: set WARROOM_TRACKERS_FILE to the "
                    + "trackers YAML file (see docs/trackers.md).");
        }
        Incident incident = scope.incident();
        int number = command.number();
        ActionItem item = incident.actionItems.stream().filter(a -> a.number == number).findFirst()
                .orElseThrow(() -> new IncidentRuleException(incident.key() + " has " + incident.actionItems.size()
                        + " action items; there is no #" + number + "."));
        Optional<Tracker> tracker = trackers.forService(incident.service);
        if (tracker.isEmpty()) {
            return Reply.error(Reply.Outcome.NOT_FOUND, "No tracker serves " + (incident.service == null
                    ? "incidents without a service" : "service `" + incident.service + "` or its team")
                    + ", and the trackers file names no default_tracker.");
        }
        String what = "Action item #" + number + " of " + incident.key();
        TrackerFilings.Outcome outcome = filings.request(incident, item, tracker.get(), scope.actor(), scope.now());
        if (outcome instanceof TrackerFilings.Outcome.Queued q) {
            return Reply.ok("Filing action item #" + number + " in " + q.tracker().describe() + "; its link goes on "
                    + "the item once " + q.tracker().kind().label() + " answers.");
        }
        if (outcome instanceof TrackerFilings.Outcome.AlreadyFiled f) {
            return Reply.ok(what + " is already filed as " + f.ref() + ": " + f.url());
        }
        if (outcome instanceof TrackerFilings.Outcome.AlreadyLinked l) {
            return Reply.ok(what + " already links to " + l.url() + ".");
        }
        if (outcome instanceof TrackerFilings.Outcome.BeingFiled) {
            return Reply.ok(what + " is already being filed.");
        }
        return Reply.error(Reply.Outcome.CONFLICT, what + " is done; there is nothing to file.");
    }
}
