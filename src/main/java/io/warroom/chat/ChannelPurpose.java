package io.warroom.chat;

/** Shared channels each platform may configure. */
public enum ChannelPurpose {
    /** Stakeholder updates: incidents opened, status updates, recoveries. */
    ANNOUNCE,
    /** Warnings and alerts that open no incident. */
    ALERT
}
