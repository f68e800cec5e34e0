package io.warroom.chat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.warroom.i18n.Language;
import java.util.List;

/** What the outbox asks a chat platform to do. Stored as JSON, so fields only grow. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(Delivery.OpenRoom.class),
    @JsonSubTypes.Type(Delivery.RefreshCard.class),
    @JsonSubTypes.Type(Delivery.PostToRoom.class),
    @JsonSubTypes.Type(Delivery.PostToChannel.class),
    @JsonSubTypes.Type(Delivery.DirectMessage.class),
    @JsonSubTypes.Type(Delivery.InviteToRoom.class),
    @JsonSubTypes.Type(Delivery.UploadPostmortem.class),
    @JsonSubTypes.Type(Delivery.ArchiveRoom.class)
})
public sealed interface Delivery {

    /**
     * Create the incident's room, post and pin its card, invite people, and link to it from the channel it was opened
     * in (originChannelId, when opened from this platform).
     */
    record OpenRoom(String originChannelId, List<String> inviteUserIds) implements Delivery {
    }

    /** Edit the pinned card to show the incident as it is when delivered. */
    record RefreshCard() implements Delivery {
    }

    record PostToRoom(ChatMessage message) implements Delivery {
    }

    record PostToChannel(ChannelPurpose purpose, ChatMessage message) implements Delivery {
    }

    record DirectMessage(String userId, ChatMessage message) implements Delivery {
    }

    record InviteToRoom(List<String> userIds) implements Delivery {
    }

    /**
     * Upload the postmortem, rendered when delivered, to the room as a Markdown file; language null (also in rows
     * written before it existed): the incident's own.
     */
    record UploadPostmortem(String requestedBy, Language language) implements Delivery {
    }

    record ArchiveRoom() implements Delivery {
    }

    default String kind() {
        return getClass().getSimpleName();
    }
}
