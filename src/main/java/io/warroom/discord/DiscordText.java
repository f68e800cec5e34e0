package io.warroom.discord;

import io.warroom.chat.ChatText;

/** Discord's length limits, applied without cutting a character in half. */
final class DiscordText {

    static final int CONTENT = 2000;
    static final int EMBED_TITLE = 256;
    static final int EMBED_DESCRIPTION = 4096;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FIELDS = 25;
    static final int BUTTON_LABEL = 80;
    static final int TOPIC = 1024;
    static final int CHANNEL_NAME = 100;

    private DiscordText() {
    }

    static String clip(String text, int max) {
        return ChatText.clip(text, max);
    }

    static String orDash(String text) {
        return ChatText.orDash(text);
    }
}
