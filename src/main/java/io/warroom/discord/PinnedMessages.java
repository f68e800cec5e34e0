package io.warroom.discord;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import org.jboss.logging.Logger;

/**
 * 📌 on a message in an incident channel puts that message on the timeline, at the time it was written, once however
 * often the reaction is added or delivered.
 */
@ApplicationScoped
class PinnedMessages {

    private static final Logger LOG = Logger.getLogger(PinnedMessages.class);
    static final String PIN = "📌";

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    @Inject
    DiscordBot bot;

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
        work.run("📌 on " + messageId, () -> {
            Optional<Long> incident = QuarkusTransaction.requiringNew().call(
                    () -> incidents.numberOfRoom(Platform.DISCORD, channelId));
            if (incident.isEmpty()) {
                return;
            }
            Message message = event.retrieveMessage().timeout(10, TimeUnit.SECONDS).complete();
            String author = DiscordActors.name(message.getMember(), message.getAuthor());
            IncidentEvent pinned = new IncidentEvent(TimelineKind.PINNED, "📌 " + author + ": " + text(message),
                    message.getJumpUrl());
            boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
                Incident locked = incidents.lock(incident.get());
                return timeline.recordOnce(locked, pinnedBy, pinned, message.getTimeCreated().toInstant(),
                        "discord:" + channelId + ":" + messageId).isPresent();
            });
            LOG.debugf("📌 message %s in %s %s", messageId, channelId, recorded ? "recorded" : "was already recorded");
        });
    }

    private String text(Message message) {
        String text = message.getContentDisplay().strip();
        String files = message.getAttachments().stream().map(Message.Attachment::getFileName)
                .collect(Collectors.joining(", "));
        if (!files.isEmpty()) {
            text = (text + " [attached: " + files + "]").strip();
        }
        if (text.isEmpty()) {
            return bot.hasContentIntent() ? "(a message without text)"
                    : "(text not available: enable the Message Content intent)";
        }
        return text;
    }
}
