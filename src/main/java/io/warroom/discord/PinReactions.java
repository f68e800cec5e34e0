package io.warroom.discord;

import io.warroom.chat.PinnedMessages;
import io.warroom.incident.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;

/**
 * 📌 added to a message in a server: put on the timeline by {@link PinnedMessages} off the gateway thread, once
 * however often the reaction is added or delivered.
 */
@ApplicationScoped
class PinReactions {

    static final String PIN = "📌";

    @Inject
    PinnedMessages pins;

    @Inject
    DiscordPlatform discord;

    @Inject
    DiscordWork work;

    void handle(MessageReactionAddEvent event) {
        if (!event.isFromGuild() || !PIN.equals(event.getEmoji().getName())) {
            return;
        }
        String channelId = event.getChannel().getId();
        String messageId = event.getMessageId();
        Person pinnedBy = event.getUser() == null ? Person.system()
                : DiscordActors.of(event.getMember(), event.getUser());
        work.run("📌 on " + messageId, () -> pins.record(discord, channelId, messageId, () -> pinnedBy));
    }
}
