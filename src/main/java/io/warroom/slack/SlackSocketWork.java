package io.warroom.slack;

import io.warroom.chat.PlatformWorkers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Threads that run Socket Mode envelopes and send their acknowledgements, so the connection's reader is never held
 * up: each waits for its command's answer from the command queue, which sets the real pace.
 */
@ApplicationScoped
class SlackSocketWork extends PlatformWorkers {

    SlackSocketWork() {
        super("Slack Socket Mode", "warroom-slack-socket", 32);
    }
}
