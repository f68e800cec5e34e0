package io.warroom.slack;

import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.IncidentSnapshot.RoomView;
import io.warroom.incident.Platform;
import java.util.Optional;

/** The incident's Slack channel, as recorded when it was opened. */
final class IncidentRooms {

    private IncidentRooms() {
    }

    static Optional<RoomView> room(OutboxEnvelope envelope) {
        if (envelope.incident() == null) {
            return Optional.empty();
        }
        return envelope.incident().rooms().stream().filter(r -> r.platform() == Platform.SLACK).findFirst();
    }

    static String describe(RoomView room) {
        return room.channelName() == null ? room.channelId() : "#" + room.channelName();
    }
}
