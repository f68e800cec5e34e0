package io.warroom.slack;

import io.warroom.chat.PlatformWorkers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Work done after Slack has its answer: Slack allows 3 seconds per request, so answers to clicks (through the
 * response_url) and the Web API look-ups of a 📌 run here, never before the acknowledgement.
 */
@ApplicationScoped
class SlackWork extends PlatformWorkers {

    SlackWork() {
        super("Slack", "warroom-slack-inbound", 4);
    }
}
