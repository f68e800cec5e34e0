package io.warroom.chat;

/** Fired when a delivery is queued; observed after commit to start delivering at once. */
public record OutboxWritten(long messageId) {
}
