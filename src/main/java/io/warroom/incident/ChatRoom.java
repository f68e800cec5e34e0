package io.warroom.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

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

    /** The steps of opening the room that are done, comma-separated {@link RoomStep} names. */
    @Column(name = "opening_done", length = 100)
    public String openingDone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "archived_at")
    public Instant archivedAt;

    public Set<RoomStep> stepsDone() {
        Set<RoomStep> done = EnumSet.noneOf(RoomStep.class);
        if (openingDone != null) {
            for (String step : openingDone.split(",")) {
                if (!step.isBlank()) {
                    done.add(RoomStep.valueOf(step.strip()));
                }
            }
        }
        return done;
    }

    public void markDone(RoomStep step) {
        Set<RoomStep> done = stepsDone();
        done.add(step);
        openingDone = String.join(",", done.stream().map(Enum::name).toList());
    }

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
