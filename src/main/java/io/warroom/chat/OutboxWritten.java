package io.warroom.chat;

/** Fired when a delivery is queued; observed after commit to deliver its lane at once. */
public record OutboxWritten(long messageId, String lane) {
}
