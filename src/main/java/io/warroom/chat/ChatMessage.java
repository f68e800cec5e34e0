package io.warroom.chat;

import io.warroom.reply.Reply;
import java.util.List;

/**
 * A message for any platform to render: plain text, labelled fields, buttons that run commands, and the people
 * Warroom itself mentions in the text (user ids on the platform it is for). Only those may be notified: every other
 * mention-like sequence in the text, typed by a person or carried in by an alert, is shown as text.
 */
public record ChatMessage(String text, List<Reply.Field> fields, List<Reply.Button> buttons, List<String> mentions) {

    public ChatMessage {
        fields = fields == null ? List.of() : List.copyOf(fields);
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    public ChatMessage(String text, List<Reply.Field> fields, List<Reply.Button> buttons) {
        this(text, fields, buttons, List.of());
    }

    public static ChatMessage text(String text) {
        return new ChatMessage(text, List.of(), List.of());
    }
}
