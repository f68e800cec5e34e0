package io.warroom.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Writes what the firing windows counted: one "+N more" per window that ended, on the incident or the channel. */
@ApplicationScoped
public class FiringFlush {

    private static final Logger LOG = Logger.getLogger(FiringFlush.class);

    @Inject
    FiringWindows windows;

    @Inject
    AlertIncidents incidents;

    @Inject
    AlertPosts posts;

    @Inject
    Clock clock;

    @Scheduled(every = "${warroom.alerts.flush-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void flush() {
        for (FiringWindows.Count count : windows.due(clock.instant())) {
            try {
                if (count.incidentNumber() > 0) {
                    String source = count.key().split(":", 3)[1];
                    incidents.recordFirings(count.incidentNumber(), count.text(), count.more(),
                            AlertRouter.personFor(source));
                } else {
                    QuarkusTransaction.requiringNew().run(() -> posts.toAlertChannels("➕ +" + count.more()
                            + " more: " + count.text()));
                }
            } catch (RuntimeException e) {
                LOG.warnf("Could not write %d coalesced alert firings: %s", count.more(), e.getMessage());
            }
        }
    }
}
