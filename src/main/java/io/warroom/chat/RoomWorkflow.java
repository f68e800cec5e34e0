package io.warroom.chat;

import io.warroom.incident.ChatRooms;
import io.warroom.incident.IncidentSnapshot.RoomView;
import io.warroom.postmortem.Postmortem;
import io.warroom.postmortem.PostmortemExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Every kind of {@link Delivery}, done through a platform's {@link RoomPort}: what to do with an incident's room is
 * decided here once, and only how it is done differs between platforms.
 */
@ApplicationScoped
public class RoomWorkflow {

    private static final Logger LOG = Logger.getLogger(RoomWorkflow.class);

    @Inject
    RoomOpening opening;

    @Inject
    ChatRooms rooms;

    @Inject
    PostmortemExporter postmortems;

    public void deliver(OutboxEnvelope envelope, RoomPort port) throws DeliveryException {
        Delivery delivery = envelope.delivery();
        String key = envelope.incident() == null ? null : envelope.incident().key();
        if (delivery instanceof Delivery.OpenRoom open) {
            opening.open(envelope, open, port);
        } else if (delivery instanceof Delivery.RefreshCard) {
            refreshCard(envelope, port);
        } else if (delivery instanceof Delivery.PostToRoom post) {
            Optional<RoomView> room = writableRoom(envelope, port);
            if (room.isPresent()) {
                port.post(room.get(), post.message(), key);
            }
        } else if (delivery instanceof Delivery.PostToChannel post) {
            port.postToChannel(post.purpose(), post.message(), key);
        } else if (delivery instanceof Delivery.DirectMessage dm) {
            port.directMessage(dm.userId(), dm.message(), key);
        } else if (delivery instanceof Delivery.InviteToRoom invite) {
            Optional<RoomView> room = writableRoom(envelope, port);
            if (room.isPresent() && !invite.userIds().isEmpty()) {
                port.invite(room.get(), invite.userIds(), key, false);
                port.post(room.get(), RoomTexts.neededOn(port, invite.userIds(), key, envelope.incident().title(),
                        envelope.incident().language()), key);
            }
        } else if (delivery instanceof Delivery.UploadPostmortem upload) {
            uploadPostmortem(envelope, upload, port);
        } else if (delivery instanceof Delivery.ArchiveRoom) {
            archive(envelope, port);
        } else {
            throw DeliveryException.giveUp(port.platform().id() + " cannot deliver " + delivery.kind());
        }
    }

    /** The incident's room on this platform, as recorded when it was opened. */
    static Optional<RoomView> roomOf(OutboxEnvelope envelope, RoomPort port) {
        if (envelope.incident() == null) {
            return Optional.empty();
        }
        return envelope.incident().rooms().stream().filter(r -> r.platform() == port.platform()).findFirst();
    }

    /** The room, unless it is archived on a platform whose archived rooms take nothing more. */
    private static Optional<RoomView> writableRoom(OutboxEnvelope envelope, RoomPort port) {
        return roomOf(envelope, port).filter(room -> !room.archived() || port.archivedRoomsTakePosts());
    }

    /** The card shows the incident as it is now (edited in place), and the topic follows while the room is open. */
    private void refreshCard(OutboxEnvelope envelope, RoomPort port) throws DeliveryException {
        Optional<RoomView> room = writableRoom(envelope, port);
        IncidentCard card = envelope.card();
        if (room.isEmpty() || card == null) {
            return;
        }
        showCard(room.get(), card, port);
        if (!room.get().archived()) {
            port.setTopic(room.get(), card.topic());
        }
    }

    /** Edits the card in place; posts, records and pins a new one when there is none or someone deleted it. */
    private void showCard(RoomView room, IncidentCard card, RoomPort port) throws DeliveryException {
        if (room.cardMessageId() != null && port.editCard(room, card)) {
            return;
        }
        String messageId = port.postCard(room, card);
        rooms.setCardMessage(room.id(), messageId);
        port.pin(room, messageId, card);
    }

    private void uploadPostmortem(OutboxEnvelope envelope, Delivery.UploadPostmortem upload, RoomPort port)
            throws DeliveryException {
        Optional<RoomView> room = roomOf(envelope, port);
        if (room.isEmpty()) {
            return;
        }
        Postmortem postmortem = postmortems.export(envelope.incident().number(), upload.language());
        port.upload(room.get(), RoomTexts.postmortem(postmortem.incidentKey(), upload.requestedBy(),
                envelope.incident().language()), postmortem);
    }

    /**
     * Archives a closed incident's room where the platform is set to. Where an archived room takes no more posts, the
     * card is brought up to date first; where it does, its topic says it is closed.
     */
    private void archive(OutboxEnvelope envelope, RoomPort port) throws DeliveryException {
        Optional<RoomView> found = writableRoom(envelope, port);
        if (found.isEmpty()) {
            return;
        }
        RoomView room = found.get();
        if (!port.archivesRooms()) {
            LOG.debugf("%s room %s stays open: archiving on close is off", port.platform().id(), room.channelId());
            return;
        }
        IncidentCard card = envelope.card();
        if (!port.archivedRoomsTakePosts() && card != null && room.cardMessageId() != null) {
            showCard(room, card, port);
        }
        port.archive(room, envelope.incident().key(), envelope.incident().language());
        if (port.archivedRoomsTakePosts() && card != null) {
            port.setTopic(room, RoomTexts.closedTopic(card.topic(), envelope.incident().language()));
        }
        rooms.markArchived(room.id());
    }
}
