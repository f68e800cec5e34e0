package io.warroom.slack;

import io.warroom.chat.ChatText;
import java.util.List;
import java.util.Locale;

/** Slack's limits and mrkdwn escaping, applied without cutting a character in half. */
final class SlackText {

    static final int HEADER = 150;
    static final int SECTION = 3000;
    static final int FIELD = 2000;
    static final int FIELDS_PER_SECTION = 10;
    static final int BUTTON_LABEL = 75;
    static final int BUTTON_VALUE = 2000;
    static final int BUTTONS_PER_BLOCK = 25;
    static final int TOPIC = 250;
    static final int CHANNEL_NAME = 80;
    static final int MESSAGE = 40_000;

    private SlackText() {
    }

    /**
     * Text from Warroom or from people, safe as mrkdwn: Slack reads {@code <…>} as links and mentions, so the three
     * control characters are escaped as Slack documents; what people typed cannot ping @channel.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Escaped as {@link #escape}, except the mentions of the people Warroom itself chose ({@code <@U…>}), which
     * stay mentions; a look-alike typed by someone else stays text, as its id is not among them.
     */
    static String escapeKeeping(String text, List<String> mentionedUserIds) {
        String escaped = escape(text);
        for (String userId : mentionedUserIds) {
            if (userId.matches("[A-Z0-9]{2,30}")) {
                escaped = escaped.replace(escape(mention(userId)), mention(userId));
            }
        }
        return escaped;
    }

    static String clip(String text, int max) {
        return ChatText.clip(text, max);
    }

    static String orDash(String text) {
        return ChatText.orDash(text);
    }

    /** A channel name prefix under Slack's rules: lowercase letters, digits, hyphens and underscores. */
    static String channelPrefix(String prefix) {
        return prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    }

    static String mention(String userId) {
        return "<@" + userId + ">";
    }

    static String channelLink(String channelId) {
        return "<#" + channelId + ">";
    }
}
