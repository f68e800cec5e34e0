package io.warroom.tracker;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.i18n.Bundles;
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
        Incident incident = scope.incident();
        FilingMessages said = Bundles.in(FilingMessages.class, incident.language);
        if (!trackers.configured()) {
            return Reply.error(Reply.Outcome.NOT_FOUND, said.notConfigured());
        }
        int number = command.number();
        ActionItem item = incident.actionItems.stream().filter(a -> a.number == number).findFirst()
                .orElseThrow(() -> new IncidentRuleException(said.noSuchItem(incident.key(),
                        incident.actionItems.size(), number)));
        Optional<Tracker> tracker = trackers.forService(incident.service);
        if (tracker.isEmpty()) {
            return Reply.error(Reply.Outcome.NOT_FOUND, incident.service == null ? said.noTrackerWithoutService()
                    : said.noTrackerForService(incident.service));
        }
        String what = said.item(number, incident.key());
        TrackerFilings.Outcome outcome = filings.request(incident, item, tracker.get(), scope.actor(), scope.now());
        if (outcome instanceof TrackerFilings.Outcome.Queued q) {
            return Reply.ok(said.queued(number, q.tracker().describe(), q.tracker().kind().label()));
        }
        if (outcome instanceof TrackerFilings.Outcome.AlreadyFiled f) {
            return Reply.ok(said.alreadyFiled(what, f.ref(), f.url()));
        }
        if (outcome instanceof TrackerFilings.Outcome.AlreadyLinked l) {
            return Reply.ok(said.alreadyLinked(what, l.url()));
        }
        if (outcome instanceof TrackerFilings.Outcome.BeingFiled) {
            return Reply.ok(said.beingFiled(what));
        }
        return Reply.error(Reply.Outcome.CONFLICT, said.done(what));
    }
}
