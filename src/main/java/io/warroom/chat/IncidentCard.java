package io.warroom.chat;

import io.warroom.reply.Reply;
import io.warroom.incident.IncidentSnapshot;
import java.util.List;

/**
 * The incident card every platform pins in the room, platform-neutral: Slack renders it as Block Kit, Discord as an
 * embed with buttons. Rendered when delivered, so it always shows the incident as it is.
 */
public record IncidentCard(
        IncidentSnapshot incident,
        String headline,
        String progress,
        /** One line for a channel topic: severity, phase, commander. */
        String topic,
        List<Reply.Field> fields,
        List<Reply.Button> buttons) {
}
