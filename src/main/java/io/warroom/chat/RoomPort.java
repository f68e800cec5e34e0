package io.warroom.chat;

import io.warroom.i18n.Language;
import io.warroom.incident.IncidentSnapshot.RoomView;
import io.warroom.postmortem.Postmortem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The few things a chat platform does with channels; {@link RoomWorkflow} builds every delivery from them, so a
 * platform implements these and its own request entry and rendering, nothing more. Rooms are addressed as recorded
 * ({@link RoomView}); a room whose channel is gone gives up the delivery. Text comes platform-neutral: the adapter
 * escapes and clips it, and notifies only the people a message lists as mentions.
 */
public interface RoomPort extends ChatPlatform {

    /** A channel the platform created: its id, its name as created, and a link to it (null when unknown). */
    record Channel(String id, String name, String url) {
    }

    /** A message read back from the platform, as people read it. */
    record FetchedMessage(String author, String text, String link, Instant writtenAt) {
    }

    /**
     * Creates the incident's channel. A crash between creating and recording it must not leave two: a platform
     * either finds the channel of that name again or picks another free name.
     */
    Channel createRoom(IncidentCard card, String originChannelId) throws DeliveryException;

    void setTopic(RoomView room, String topic) throws DeliveryException;

    /**
     * Adds these people to the room; adding someone already there changes nothing. While opening, people who cannot
     * be added are skipped. Returns false when the platform has no invitations (everyone who may see the room sees
     * it), so they are called in by a mention instead.
     */
    boolean invite(RoomView room, List<String> userIds, String incidentKey, boolean opening)
            throws DeliveryException;

    /** The way the platform writes a mention of a user in message text. */
    default String mention(String userId) {
        return "<@" + userId + ">";
    }

    void post(RoomView room, ChatMessage message, String incidentKey) throws DeliveryException;

    /** Posts in the configured channel for that purpose; nothing when none is configured. */
    void postToChannel(ChannelPurpose purpose, ChatMessage message, String incidentKey) throws DeliveryException;

    void directMessage(String userId, ChatMessage message, String incidentKey) throws DeliveryException;

    /**
     * Posts text followed by a link to the room in another channel (where the incident was opened). A channel the
     * bot cannot reach there is logged, not failed: the room opens all the same.
     */
    void linkToRoom(String channelId, String text, RoomView room, String incidentKey) throws DeliveryException;

    /** Posts the card; returns its message id. */
    String postCard(RoomView room, IncidentCard card) throws DeliveryException;

    /** Edits the card in place; false when the message is gone (someone deleted it). */
    boolean editCard(RoomView room, IncidentCard card) throws DeliveryException;

    /** Pins a message; pinning it again changes nothing. */
    void pin(RoomView room, String messageId, IncidentCard card) throws DeliveryException;

    void upload(RoomView room, String comment, Postmortem postmortem) throws DeliveryException;

    /** False when this platform is configured to leave closed incidents' rooms as they are. */
    boolean archivesRooms();

    /** Whether an archived room still takes the bot's posts and edits (a locked channel) or none (frozen). */
    boolean archivedRoomsTakePosts();

    /** Archives the room and says so in it with {@link RoomTexts#archived}, in the order the platform needs. */
    void archive(RoomView room, String incidentKey, Language language) throws DeliveryException;

    /** One message, or empty when the platform no longer has it. */
    Optional<FetchedMessage> fetchMessage(String channelId, String messageId) throws PlatformUnavailable;
}
