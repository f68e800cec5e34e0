package io.warroom.alert;

import io.warroom.chat.ChannelPurpose;
import io.warroom.chat.ChatMessage;
import io.warroom.chat.ChatOutbox;
import io.warroom.chat.ChatPlatform;
import io.warroom.chat.Delivery;
import io.warroom.incident.Incident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What routing says in chat, queued on the outbox in the caller's transaction. */
@ApplicationScoped
public class AlertPosts {

    /** Alert-channel posts share one lane per platform, so they keep their order and the channel's rate. */
    static final String ALERT_LANE = "alerts";

    @Inject
    ChatOutbox outbox;

    public boolean anyPlatform() {
        return !outbox.enabledPlatforms().isEmpty();
    }

    public void toRoom(Incident incident, String text) {
        for (ChatPlatform platform : outbox.enabledPlatforms()) {
            if (platform.opensRooms() || incident.rooms.stream().anyMatch(r -> r.platform == platform.platform())) {
                outbox.enqueue(platform.platform(), incident.number, new Delivery.PostToRoom(ChatMessage.text(text)));
            }
        }
    }

    public void toAlertChannels(String text) {
        for (ChatPlatform platform : outbox.enabledPlatforms()) {
            outbox.enqueue(platform.platform(), ALERT_LANE, new Delivery.PostToChannel(ChannelPurpose.ALERT,
                    ChatMessage.text(text)));
        }
    }
}
