package io.warroom.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Warnings and info for the alert channels: the first of a window posted at once, repeats as "+N more". */
@ApplicationScoped
public class PostedAlerts {

    @Inject
    FiringWindows windows;

    @Inject
    AlertPosts posts;

    @Inject
    RoutingProgress progress;

    @Inject
    AlertRouter router;

    @Inject
    Clock clock;

    public AlertSink.AlertRouting post(String key, String line) {
        if (!posts.anyPlatform()) {
            return new AlertSink.AlertRouting(AlertSink.Outcome.IGNORED, 0,
                    "no chat platform is configured to post it to");
        }
        boolean first = router.retrying(() -> QuarkusTransaction.requiringNew().call(() -> {
            progress.recordInTransaction();
            if (!windows.first("post:" + key, 0, line, clock.instant())) {
                return false;
            }
            posts.toAlertChannels(line);
            return true;
        }));
        if (!first) {
            return new AlertSink.AlertRouting(AlertSink.Outcome.POSTED, 0, "counted into the last post (+N more)");
        }
        return new AlertSink.AlertRouting(AlertSink.Outcome.POSTED, 0, "posted to the alert channel");
    }
}
