package io.warroom.tracker;

import io.warroom.incident.ActionItem;
import io.warroom.incident.Incident;
import io.warroom.postmortem.PostmortemExported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * When the postmortem is exported and the incident's tracker says file_on_export, every action item not done, not
 * filed and not linked by hand is filed, in the export's transaction.
 */
@ApplicationScoped
class FileOnExport {

    @Inject
    Trackers trackers;

    @Inject
    TrackerFilings filings;

    @Inject
    Clock clock;

    void onExport(@Observes PostmortemExported exported) {
        if (!trackers.configured()) {
            return;
        }
        Incident incident = exported.incident();
        Optional<Tracker> tracker = trackers.forService(incident.service).filter(Tracker::fileOnExport);
        if (tracker.isEmpty()) {
            return;
        }
        for (ActionItem item : incident.actionItems) {
            if (!item.done() && item.trackerUrl == null) {
                filings.request(incident, item, tracker.get(), exported.by(), clock.instant());
            }
        }
    }
}
