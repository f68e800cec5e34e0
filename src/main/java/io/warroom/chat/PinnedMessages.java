package io.warroom.chat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Person;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * 📌 on a message in an incident room puts that message on the timeline: author, text, link, at the time it was
 * written. The entry is keyed by platform, channel and message, so a repeated reaction or a redelivered event adds
 * nothing. A platform that cannot answer now is asked again a few times.
 */
@ApplicationScoped
public class PinnedMessages {

    private static final Logger LOG = Logger.getLogger(PinnedMessages.class);
    private static final int ATTEMPTS = 3;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    /** Who added the 📌, which some platforms must look up. */
    @FunctionalInterface
    public interface PinnedBy {
        Person person() throws PlatformUnavailable;
    }

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    /** Call off the thread that received the reaction: it reads from the platform and may wait. */
    public void record(RoomPort port, String channelId, String messageId, PinnedBy pinnedBy) {
        Optional<Long> incident = QuarkusTransaction.requiringNew().call(
                () -> incidents.numberOfRoom(port.platform(), channelId));
        if (incident.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<RoomPort.FetchedMessage> message = port.fetchMessage(channelId, messageId);
                if (message.isEmpty()) {
                    LOG.infof("📌 on a message %s no longer has (%s in %s): nothing recorded", port.platform().id(),
                            messageId, channelId);
                    return;
                }
                Person by = pinnedBy.person();
                RoomPort.FetchedMessage pinned = message.get();
                IncidentEvent event = new IncidentEvent(TimelineKind.PINNED,
                        RoomTexts.pinned(pinned.author(), pinned.text()), pinned.link());
                boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
                    Incident locked = incidents.lock(incident.get());
                    return timeline.recordOnce(locked, by, event, pinned.writtenAt(),
                            port.platform().id() + ":" + channelId + ":" + messageId).isPresent();
                });
                LOG.debugf("📌 message %s in %s %s", messageId, channelId, recorded ? "recorded" : "was already recorded");
                return;
            } catch (PlatformUnavailable e) {
                if (attempt >= ATTEMPTS) {
                    LOG.warnf("📌 on %s in %s not recorded: %s", messageId, channelId, e.getMessage());
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
