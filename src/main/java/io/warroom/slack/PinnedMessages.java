package io.warroom.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.event.ReactionAddedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Platform;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * 📌 ({@code pushpin}) on a message in an incident room puts that message on the timeline: author, text, permalink,
 * at the time it was written. The event is acknowledged at once and the message fetched afterwards; the entry is
 * keyed by channel and message ts, so a repeated reaction or a retried delivery (same event_id,
 * X-Slack-Retry-Num) adds nothing.
 */
@ApplicationScoped
class PinnedMessages {

    private static final Logger LOG = Logger.getLogger(PinnedMessages.class);
    static final String PIN = "pushpin";
    private static final int ATTEMPTS = 3;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    @Inject
    SlackMessages messages;

    @Inject
    SlackWork work;

    Response handle(EventsApiPayload<ReactionAddedEvent> payload, EventContext ctx) {
        ReactionAddedEvent event = payload.getEvent();
        if (PIN.equals(event.getReaction()) && event.getItem() != null && "message".equals(event.getItem().getType())) {
            String channel = event.getItem().getChannel();
            String ts = event.getItem().getTs();
            if (ctx.getRetryNum() != null) {
                LOG.debugf("Slack redelivered event %s (retry %d, %s)", payload.getEventId(), ctx.getRetryNum(),
                        ctx.getRetryReason());
            }
            work.run("📌 on " + channel + "/" + ts, () -> record(channel, ts, event.getUser()));
        }
        return ctx.ack();
    }

    private void record(String channel, String ts, String pinnedById) {
        Optional<Long> incident = QuarkusTransaction.requiringNew().call(
                () -> incidents.numberOfRoom(Platform.SLACK, channel));
        if (incident.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<Message> message = messages.find(channel, ts);
                if (message.isEmpty()) {
                    LOG.infof("📌 on a message Slack no longer has (%s in %s): nothing recorded", ts, channel);
                    return;
                }
                String author = messages.author(message.get());
                String text = messages.plainText(message.get());
                String link = messages.permalink(channel, ts).orElse(null);
                var pinnedBy = SlackCommandRunner.person(pinnedById, messages.userName(pinnedById).orElse(null));
                IncidentEvent pinned = new IncidentEvent(TimelineKind.PINNED, "📌 " + author + ": " + text, link);
                boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
                    Incident locked = incidents.lock(incident.get());
                    return timeline.recordOnce(locked, pinnedBy, pinned, SlackMessages.time(ts),
                            "slack:" + channel + ":" + ts).isPresent();
                });
                LOG.debugf("📌 message %s in %s %s", ts, channel, recorded ? "recorded" : "was already recorded");
                return;
            } catch (SlackMessages.SlackUnavailable e) {
                if (attempt >= ATTEMPTS) {
                    LOG.warnf("📌 on %s in %s not recorded: %s", ts, channel, e.getMessage());
                    return;
                }
                pause(e.retryAfter().orElse(Duration.ofSeconds(attempt)));
            }
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(Math.min(wait.toMillis(), LONGEST_WAIT.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
