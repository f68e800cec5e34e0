package io.warroom.slack;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import io.warroom.chat.ReplyLanguages;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A button that asks for text first (e.g. "Post update"): the modal asks, and the answer completes its command. */
@ApplicationScoped
class PromptModal {

    static final String CALLBACK_ID = "wr_prompt";
    static final String TEXT = "text";
    private static final int TITLE_MAX = 24;

    /** The command the answer completes, and where the button was clicked. */
    record Pending(String commandLine, String channel, String responseUrl) {
    }

    @Inject
    SlackCommandRunner runner;

    @Inject
    SlackViews views;

    @Inject
    SlackWork work;

    @Inject
    ViewMetadata metadata;

    @Inject
    ReplyLanguages languages;

    Optional<String> open(String triggerId, String commandLine, String label, String prompt, String channel,
            String responseUrl) {
        Language language = languageOf(commandLine);
        SlackUiMessages words = Bundles.in(SlackUiMessages.class, language);
        View view = View.builder().type("modal").callbackId(CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text(SlackText.clip(label, TITLE_MAX)).build())
                .submit(ViewSubmit.builder().type("plain_text").text(words.send()).build())
                .close(ViewClose.builder().type("plain_text").text(words.cancel()).build())
                .privateMetadata(metadata.write(new Pending(commandLine, channel, responseUrl)))
                .blocks(List.of(InputBlock.builder().blockId(TEXT).label(SlackReplies.plain(prompt, 2000))
                        .element(PlainTextInputElement.builder().actionId(TEXT).multiline(true).maxLength(3000)
                                .build()).build())).build();
        return views.open(triggerId, view, words.theForm(), words.typeInstead(), language);
    }

    Response submitted(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        var payload = request.getPayload();
        Optional<Pending> pending = metadata.read(payload.getView().getPrivateMetadata(), Pending.class);
        ViewState.Value value = payload.getView().getState().getValues().getOrDefault(TEXT, Map.of()).get(TEXT);
        String text = value == null || value.getValue() == null ? "" : value.getValue().strip();
        SlackUiMessages words = Bundles.in(SlackUiMessages.class, pending.map(p -> languageOf(p.commandLine()))
                .orElseGet(languages::fallback));
        if (text.isEmpty()) {
            return ctx.ackWithErrors(Map.of(TEXT, words.writeSomething()));
        }
        if (pending.isEmpty()) {
            return ctx.ackWithErrors(Map.of(TEXT, words.unknownForm()));
        }
        var user = payload.getUser();
        Reply reply = runner.text(pending.get().commandLine() + " " + text, SlackCommandRunner.person(user.getId(),
                user.getUsername() == null ? user.getName() : user.getUsername()), pending.get().channel());
        if (!reply.isOk()) {
            return ctx.ackWithErrors(Map.of(TEXT, SlackText.clip(reply.text(), 2000)));
        }
        String responseUrl = pending.get().responseUrl();
        if (responseUrl != null) {
            work.run("answer to a form", () -> views.respond(responseUrl, reply));
        }
        return ctx.ack();
    }

    /** The language of the incident a command line starts with, else Warroom's. */
    private Language languageOf(String commandLine) {
        return languages.of(commandLine.strip().split("\\s+", 2)[0]);
    }
}
