package io.warroom.discord;

import io.warroom.chat.PlatformWorkers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs commands from Discord off JDA's gateway thread: that thread reads every event, so it must never wait on the
 * database.
 */
@ApplicationScoped
class DiscordWork extends PlatformWorkers {

    DiscordWork() {
        super("Discord", "warroom-discord", 4);
    }
}
