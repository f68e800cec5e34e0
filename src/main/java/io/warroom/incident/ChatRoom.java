package io.warroom.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chat channel an incident lives in, and where its pinned card is. */
@Entity
@Table(name = "chat_room")
public class ChatRoom extends IncidentPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Platform platform;

    @Column(name = "channel_id", nullable = false, length = 64)
    public String channelId;

    @Column(name = "channel_name", length = 100)
    public String channelName;

    @Column(length = 2000)
    public String url;

    /** Platform id of the incident card message (Slack ts, Discord message id), edited on every change. */
    @Column(name = "card_message_id", length = 64)
    public String cardMessageId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "archived_at")
    public Instant archivedAt;

    protected ChatRoom() {
    }

    public ChatRoom(Incident incident, Platform platform, String channelId, String channelName, String url,
            Instant createdAt) {
        super(incident);
        this.platform = platform;
        this.channelId = channelId;
        this.channelName = channelName;
        this.url = url;
        this.createdAt = createdAt;
    }
}
