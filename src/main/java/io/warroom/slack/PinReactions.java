package io.warroom.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.ReactionAddedEvent;
import io.warroom.chat.PinnedMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * 📌 ({@code pushpin}) added to a message: the event is acknowledged at once and the message put on the timeline
 * afterwards by {@link PinnedMessages}. A retried delivery (same event_id, X-Slack-Retry-Num) adds nothing there.
 */
@ApplicationScoped
class PinReactions {

    private static final Logger LOG = Logger.getLogger(PinReactions.class);
    static final String PIN = "pushpin";

    @Inject
    PinnedMessages pins;

    @Inject
    SlackPlatform slack;

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
            String userId = event.getUser();
            work.run("📌 on " + channel + "/" + ts, () -> pins.record(slack, channel, ts,
                    () -> SlackCommandRunner.person(userId, messages.userName(userId).orElse(null))));
        }
        return ctx.ack();
    }
}
