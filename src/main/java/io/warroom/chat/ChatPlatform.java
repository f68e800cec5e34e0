package io.warroom.chat;

import io.warroom.incident.Platform;

/** A chat platform Warroom posts to, as the outbox calls it. Slack and Discord implement it as a {@link RoomPort}. */
public interface ChatPlatform {

    Platform platform();

    /** False when the platform is not configured; nothing is queued for it then. */
    boolean enabled();

    /** Whether incidents get a room on this platform (configurable per platform). */
    boolean opensRooms();

    /** Whether this instance can deliver this platform's messages now (Discord: only the one holding the gateway). */
    default boolean deliversHere() {
        return true;
    }

    /**
     * Performs one delivery. Called outside any transaction, one at a time per lane, in the order queued.
     * Must be idempotent where it can: a crash after the platform accepted but before we recorded it redelivers.
     */
    void deliver(OutboxEnvelope envelope) throws DeliveryException;
}
