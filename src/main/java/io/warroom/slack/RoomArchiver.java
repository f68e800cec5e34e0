package io.warroom.slack;

import io.warroom.chat.DeliveryException;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.ChatRooms;
import io.warroom.incident.IncidentSnapshot.RoomView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Archives a closed incident's channel when SLACK_ARCHIVE_ON_CLOSE is on: the card shows the final state, a closing
 * note is posted, then the channel is archived (history, pins and files stay searchable). Archived channels take no
 * more posts, so the card is brought up to date first.
 */
@ApplicationScoped
class RoomArchiver {

    private static final Logger LOG = Logger.getLogger(RoomArchiver.class);

    @Inject
    SlackClient client;

    @Inject
    SlackConfig config;

    @Inject
    CardMessages cards;

    @Inject
    RoomPosts posts;

    @Inject
    ChatRooms rooms;

    void archive(OutboxEnvelope envelope) throws DeliveryException {
        Optional<RoomView> found = IncidentRooms.room(envelope);
        if (found.isEmpty() || found.get().archived()) {
            return;
        }
        RoomView room = found.get();
        if (!config.archiveOnClose()) {
            LOG.debugf("%s stays open: SLACK_ARCHIVE_ON_CLOSE is false", IncidentRooms.describe(room));
            return;
        }
        if (envelope.card() != null && room.cardMessageId() != null) {
            cards.edit(room, envelope.card());
        }
        posts.postText(room.channelId(), "🗄️ " + envelope.incident().key()
                + " is closed; this channel is archived.", "say " + IncidentRooms.describe(room) + " is archived");
        SlackCalls.call("archive " + IncidentRooms.describe(room), Set.of("already_archived"),
                () -> client.methods().conversationsArchive(r -> r.channel(room.channelId())));
        rooms.markArchived(room.id());
    }
}
