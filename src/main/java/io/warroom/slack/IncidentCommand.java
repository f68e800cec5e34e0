package io.warroom.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.warroom.reply.Reply;
import io.warroom.incident.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code /incident …}: run through the grammar at once and answered in the HTTP response, well inside Slack's 3
 * seconds, to the person who typed it only. Rooms, cards and announcements follow from the outbox after the
 * answer. {@code /incident} alone or {@code open} without a title opens the form; a command that needs confirming
 * (rollback) opens its confirmation.
 */
@ApplicationScoped
class IncidentCommand {

    @Inject
    SlackCommandRunner runner;

    @Inject
    IncidentModal incidentModal;

    @Inject
    ConfirmModal confirmModal;

    Response handle(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        String text = payload.getText() == null ? "" : payload.getText().strip();
        Person actor = SlackCommandRunner.person(payload.getUserId(), payload.getUserName());
        String channel = payload.getChannelId();
        Optional<IncidentModal.Prefill> form = IncidentModal.wanted(text);
        if (form.isPresent()) {
            Optional<String> failure = incidentModal.open(payload.getTriggerId(), form.get(),
                    new IncidentModal.Origin(channel, payload.getResponseUrl()));
            return failure.map(why -> ephemeral(ctx, Reply.error(Reply.Outcome.FAILED, why))).orElseGet(ctx::ack);
        }
        Reply reply = runner.text(text, actor, channel);
        if (reply.confirmation() != null) {
            Optional<String> failure = confirmModal.open(payload.getTriggerId(), reply, channel);
            if (failure.isEmpty()) {
                return ctx.ack();
            }
            return ephemeral(ctx, Reply.error(Reply.Outcome.FAILED, failure.get()));
        }
        return ephemeral(ctx, reply);
    }

    private static Response ephemeral(SlashCommandContext ctx, Reply reply) {
        SlackReplies.Message message = SlackReplies.of(reply);
        return ctx.ack(SlashCommandResponse.builder().responseType("ephemeral").text(message.text())
                .blocks(message.blocks().isEmpty() ? null : message.blocks()).build());
    }
}
