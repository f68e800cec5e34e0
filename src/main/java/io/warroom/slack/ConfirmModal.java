package io.warroom.slack;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import io.warroom.chat.ReplyLanguages;
import io.warroom.command.InteractionId;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.incident.IncidentKey;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Asks before something runs (Rollback, runbook actions): the confirmation a command answered with, as a modal.
 * Nothing has run yet; submitting runs the confirmation's command (e.g. {@code rollback confirm}) as the person who
 * submitted it, and the modal then shows the outcome. Cancel runs nothing.
 */
@ApplicationScoped
class ConfirmModal {

    static final String CALLBACK_ID = "wr_confirm";
    static final String DONE_CALLBACK_ID = "wr_confirm_done";
    /** Slack's limit for a modal's title and its buttons. */
    private static final int TITLE_MAX = 24;

    /** What submitting runs (an {@link InteractionId}) and where it was asked for. */
    record Pending(String interaction, String channel) {
    }

    @Inject
    SlackCommandRunner runner;

    @Inject
    SlackViews views;

    @Inject
    ViewMetadata metadata;

    @Inject
    ReplyLanguages languages;

    /** Opens the confirmation of reply; empty when it opened, else what to tell the person. */
    Optional<String> open(String triggerId, Reply reply, String channel) {
        Reply.Confirmation ask = reply.confirmation();
        Language language = languages.of(reply.incidentKey());
        SlackUiMessages words = Bundles.in(SlackUiMessages.class, language);
        String interaction;
        try {
            interaction = InteractionId.encode(reply.incidentKey(), ask.command());
        } catch (IllegalArgumentException | NullPointerException notAnIncidentCommand) {
            return Optional.of(words.cannotConfirm());
        }
        View view = View.builder().type("modal").callbackId(CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text(SlackText.clip(ask.title(), TITLE_MAX)).build())
                .submit(ViewSubmit.builder().type("plain_text").text(SlackText.clip(ask.confirmLabel(), TITLE_MAX))
                        .build())
                .close(ViewClose.builder().type("plain_text").text(words.cancel()).build())
                .privateMetadata(metadata.write(new Pending(interaction, channel)))
                .blocks(List.of(SlackReplies.section(SlackText.escape(ask.text())))).build();
        return views.open(triggerId, view, words.theConfirmation(), words.tryAgain(), language);
    }

    Response submitted(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        var payload = request.getPayload();
        Optional<Pending> pending = metadata.read(payload.getView().getPrivateMetadata(), Pending.class);
        Optional<InteractionId> interaction = pending.flatMap(p -> InteractionId.decode(p.interaction()));
        if (interaction.isEmpty()) {
            SlackUiMessages words = Bundles.in(SlackUiMessages.class, languages.fallback());
            return ctx.ackWithUpdate(result(words, words.notDone(), words.unknownConfirmation()));
        }
        Language language = languages.of(IncidentKey.of(interaction.get().incidentNumber()));
        SlackUiMessages words = Bundles.in(SlackUiMessages.class, language);
        var user = payload.getUser();
        Reply reply = runner.text(interaction.get().commandLine(), SlackCommandRunner.person(user.getId(),
                user.getUsername() == null ? user.getName() : user.getUsername()), pending.get().channel());
        return ctx.ackWithUpdate(result(words, reply.isOk() ? words.done() : words.notDone(),
                SlackReplies.of(reply, language).text()));
    }

    private static View result(SlackUiMessages words, String title, String mrkdwn) {
        return View.builder().type("modal").callbackId(DONE_CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text(title).build())
                .close(ViewClose.builder().type("plain_text").text(words.close()).build())
                .blocks(List.of(SlackReplies.section(mrkdwn))).build();
    }
}
