package io.warroom.incident;

/**
 * The steps of opening an incident room once the channel exists, in the order every platform takes them: its topic,
 * the people who opened the incident called in, a link back where it was opened, the card posted, the card pinned.
 */
public enum RoomStep {
    TOPIC, INVITE, LINK_BACK, CARD, PIN
}
