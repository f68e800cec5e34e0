package io.warroom.chat;

import io.warroom.command.Reply;
import java.util.List;

/** A message for any platform to render: plain text, labelled fields, buttons that run commands. */
public record ChatMessage(String text, List<Reply.Field> fields, List<Reply.Button> buttons) {

    public ChatMessage {
        fields = fields == null ? List.of() : List.copyOf(fields);
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public static ChatMessage text(String text) {
        return new ChatMessage(text, List.of(), List.of());
    }
}
