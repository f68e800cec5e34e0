package io.warroom.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.warroom.incident.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Writes what the firing windows counted: one "+N more" per window that ended, on the incident or the channel. Every
 * instance flushes, without a lease: each window is taken under its row lock, so its count is written once, and a
 * dead instance's windows are flushed by the others at their next run.
 */
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
    Languages languages;

    @Inject
    Clock clock;

    @Scheduled(every = "${warroom.alerts.flush-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void flush() {
        Instant now = clock.instant();
        try {
            windows.ended(now).forEach(ended -> flush(ended, now));
        } catch (RuntimeException e) {
            LOG.warnf("Could not look for coalesced alert firings: %s", e.getMessage());
        }
    }

    private void flush(FiringWindows.Ended ended, Instant now) {
        try {
            if (ended.incidentNumber() > 0) {
                incidents.flushWindow(ended, now);
            } else {
                QuarkusTransaction.requiringNew().run(() -> windows.takeEnded(ended.key(), now).ifPresent(count ->
                        posts.toAlertChannels(
                        AlertText.in(languages.fallback()).moreInChannel(count.more(), count.text()))));
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not write the coalesced firings of %s: %s", ended.key(), e.getMessage());
        }
    }
}
