package io.warroom.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.warroom.reply.Reply;
import io.warroom.incident.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Button clicks (block_actions) on the incident card and on Warroom's messages. The action_id names the command and
 * the incident ({@link SlackActionIds}, {@code wr:INC-42:next}); the command runs as the person who clicked, so the
 * timeline says who it was.
 * The click is acknowledged at once; the answer reaches the clicker through the response_url. A button that needs
 * confirming (Rollback) or asks for text first opens a modal instead, and nothing runs until it is submitted.
 */
@ApplicationScoped
class CardButtons {

    @Inject
    SlackCommandRunner runner;

    @Inject
    ConfirmModal confirmModal;

    @Inject
    PromptModal promptModal;

    @Inject
    SlackViews views;

    @Inject
    SlackWork work;

    Response handle(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Person actor = SlackCommandRunner.person(payload.getUser().getId(), payload.getUser().getUsername() == null
                ? payload.getUser().getName() : payload.getUser().getUsername());
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        String responseUrl = payload.getResponseUrl();
        for (BlockActionPayload.Action action : payload.getActions()) {
            Optional<String> commandLine = SlackActionIds.commandLine(action.getActionId());
            if (commandLine.isEmpty()) {
                continue;
            }
            Optional<String> prompt = question(action.getValue());
            if (prompt.isPresent()) {
                String label = action.getText() == null ? "Warroom" : action.getText().getText();
                promptModal.open(payload.getTriggerId(), commandLine.get(), label, prompt.get(), channel, responseUrl)
                        .ifPresent(failure -> answer(responseUrl, Reply.error(Reply.Outcome.FAILED, failure)));
                continue;
            }
            Reply reply = runner.text(commandLine.get(), actor, channel);
            if (reply.confirmation() != null) {
                confirmModal.open(payload.getTriggerId(), reply, channel)
                        .ifPresent(failure -> answer(responseUrl, Reply.error(Reply.Outcome.FAILED, failure)));
            } else {
                answer(responseUrl, reply);
            }
        }
        return ctx.ack();
    }

    private void answer(String responseUrl, Reply reply) {
        if (responseUrl != null && !responseUrl.isBlank()) {
            work.run("answer to a click", () -> views.respond(responseUrl, reply));
        }
    }

    /**
     * A button that asks for text before it runs (e.g. "Post update") carries its question as the button's value (the
     * card's buttons carry none); a click then opens a modal with that question, and the answer completes the command.
     */
    private static Optional<String> question(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
